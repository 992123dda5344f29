using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System;
using Markdig;
using NewsletterLinter.Parsing.FastPaths;
using NewsletterLinter.Parsing.Markdown;
using NewsletterLinter.Tests;

namespace NewsletterLinter.Parsing.Tests
{
    /// <summary>What the tests that compare the parser's reading of inlines with Markdig's own share.</summary>
    internal static class InlineReadings
    {
        /// <summary>The blocks stage's pipeline as Markdig builds it: its own link parser, every paragraph through its inline stage.</summary>
        public static MarkdownPipeline Markdig { get; } = new MarkdownPipelineBuilder().UseYamlFrontMatter().UsePreciseSourceLocation().Build();

        /// <summary>
        /// The text of every real issue as the blocks stage reads it (the view), in file-name order;
        /// the calling test is skipped without the corpus (<see cref="TestPaths.RequireCorpus"/>).
        /// </summary>
        public static IEnumerable<string> RealIssueViews()
            => Directory.GetFiles(TestPaths.RequireCorpus(), "*.md").OrderBy(f => f, StringComparer.Ordinal)
                .Select(file => MarkdownView.Prepare(File.ReadAllText(file)).Text);

        /// <summary>A sink for <see cref="SimpleInlines.Read"/> when only its answer counts.</summary>
        public static ISimpleInlineSink Ignored { get; } = new IgnoringSink();

        /// <summary><paramref name="count"/> texts of 1 to <paramref name="maxPieces"/> - 1 of <paramref name="pieces"/> each, the same on every run.</summary>
        public static IEnumerable<string> Generate(string[] pieces, int count, int maxPieces)
        {
            var random = new Random(20261203);
            for (int round = 0; round < count; round++)
            {
                var text = new StringBuilder();
                int length = random.Next(1, maxPieces);
                for (int i = 0; i < length; i++)
                {
                    text.Append(pieces[random.Next(pieces.Length)]);
                }

                yield return text.ToString();
            }
        }

        /// <summary>Asserts that two readings of a block of <paramref name="text"/> give the same plain text, map, links and emphasis.</summary>
        public static void AssertSame(InlineText expected, InlineText actual, string text)
        {
            string where = $"in {Show(text)}";
            Assert.True(expected.Text == actual.Text, $"text {Show(actual.Text)} instead of {Show(expected.Text)} {where}");
            Assert.True(expected.Links.SequenceEqual(actual.Links), $"links differ {where}");
            Assert.True(expected.Emphases.SequenceEqual(actual.Emphases), $"emphasis differs {where}: {string.Join(", ", actual.Emphases)} instead of {string.Join(", ", expected.Emphases)}");
            Assert.Equal(expected.SourceStart, actual.SourceStart);
            Assert.Equal(expected.SourceEnd, actual.SourceEnd);
            for (int at = 0; at <= expected.Text.Length; at++)
            {
                Assert.True(expected.SourceOffset(at) == actual.SourceOffset(at) && expected.SourceEndOffset(at) == actual.SourceEndOffset(at), $"offset of {at} differs {where}");
            }
        }

        private static string Show(string text) => "'" + text.Replace("\n", "\\n").Replace("\r", "\\r").Replace("\t", "\\t") + "'";

        private sealed class IgnoringSink : ISimpleInlineSink
        {
            public void Literal(string text, int start, int length)
            {
            }

            public void Escape(string text, int backslash)
            {
            }

            public void LineBreak(int position)
            {
            }

            public void LinkStart()
            {
            }

            public void LinkEnd(string url, int sourceStart, int sourceEnd)
            {
            }

            public void EmphasisStart()
            {
            }

            public void EmphasisEnd(bool strong, int sourceStart, int sourceEnd)
            {
            }
        }
    }
}
