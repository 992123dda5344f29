using System;
using System.Collections.Generic;
using System.Linq;
using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;
using NewsletterLinter.Parsing.Markdown;

namespace NewsletterLinter.Parsing.Tests
{
    /// <summary>
    /// The blocks stage's paragraph parser (<see cref="ParagraphParser"/>) closes every paragraph as
    /// Markdig's own does: the same blocks with the same ranges and lines, the same link reference
    /// definitions.
    /// </summary>
    public class ParagraphParserTests
    {
        private static readonly MarkdownPipeline WithParagraphParser = NewsletterLinter.Parsing.FastPaths.ReferencePaths.InlineStagePipeline;

        // The lines of every paragraph as it closes (the inline stage releases them), read both ways.
        private static readonly List<string> ClosedByMarkdig = new();
        private static readonly List<string> ClosedByOurs = new();
        private static readonly MarkdownPipeline MarkdigClosing = Closing(new ParagraphBlockParser(), ClosedByMarkdig);
        private static readonly MarkdownPipeline OursClosing = Closing(new ParagraphParser(), ClosedByOurs);

        [Fact]
        public void The_issue_pipeline_uses_it()
        {
            MarkdownDocument document = global::Markdig.Markdown.Parse("[Title](u) (Author): text\n", IssueParser.MarkdownPipeline);

            Assert.IsType<ParagraphParser>(Assert.IsType<ParagraphBlock>(Assert.Single(document)).Parser);
        }

        [Theory]
        [InlineData("[Title](https://example.org) (Author): text")]
        [InlineData("[label]: https://example.org/defined\n\nNow [label].")]
        [InlineData("  [a]: /u 'title'\n[b]:\n/v\n[c]: /w\ntext after the definitions")]
        [InlineData("[not]\n: a definition\n\n[also not] : /u")]
        [InlineData("text then\n[a]: /u on a later line")]
        [InlineData("[a]: /u\n===\n\n[b]\n---\n")]
        [InlineData("> [a]: /u\n> quoted\n\n- [b]: /v\n  item\n")]
        [InlineData("   leading spaces   \n  and trailing   \n")]
        [InlineData("[esc\\]]: /u\n\n[esc\\]]")]
        [InlineData("a\u00A0\n\u00A0b \t\n\tc\f\n \u2003d\v \t")]
        [InlineData("last line \u00A0 \t")]
        [InlineData("\u00A0[a]: /u\n\n\u2003[b]: /v\n\n \t[c]: /w\n\n[a] [b] [c]")]
        [InlineData("text [a]: /u\n[b]: /v")]
        public void Closes_paragraphs_as_Markdig_does(string text)
        {
            Compare(text);
        }

        [Fact]
        public void A_definition_is_still_read()
        {
            MarkdownDocument document = global::Markdig.Markdown.Parse("[x]: /defined \"T\"\n[y]: /other\n\ntext\n", WithParagraphParser);

            Assert.Equal(2, document.GetLinkReferenceDefinitions(false)!.Links.Count);
            Assert.Equal("/defined", document.GetLinkReferenceDefinitions(false)!.Links["x"].Url);
        }

        [Fact]
        public void Generated_texts_read_the_same_both_ways()
        {
            string[] pieces =
            {
                "[", "]", "]:", ":", "(", ")", " ", "  ", "   ", "\t", "\n", "\n\n", "\r\n", "word", "/u", "<u>", "\"t\"", "'t'",
                "\\", "\\]", "[a]", "[a]:", "[a]: /u", "[a]: /u\n", "=", "===\n", "---\n", "- ", "> ", "1. ", "    ", "#", "**", "é", "\u00A0", "\u2003",
            };
            foreach (string text in InlineReadings.Generate(pieces, 8000, 30))
            {
                Compare(text);
            }
        }

        [SkippableFact]
        public void Every_real_issue_reads_the_same_both_ways()
        {
            int paragraphs = InlineReadings.RealIssueViews().Sum(Compare);

            Assert.True(paragraphs > 5_000, $"only {paragraphs} paragraphs were compared");
        }

        private static MarkdownPipeline Closing(ParagraphBlockParser paragraphs, List<string> closed)
        {
            var builder = new MarkdownPipelineBuilder().UseYamlFrontMatter().UsePreciseSourceLocation();
            builder.BlockParsers.Replace<ParagraphBlockParser>(paragraphs);
            paragraphs.Closed += (_, block) =>
            {
                var paragraph = (LeafBlock)block;
                var lines = new List<string>();
                for (int i = 0; i < paragraph.Lines.Count; i++)
                {
                    StringLine line = paragraph.Lines.Lines[i];
                    lines.Add($"{line.Slice.Start}-{line.Slice.End} at {line.Position}, line {line.Line}, column {line.Column}: '{line.Slice}'");
                }

                closed.Add($"{paragraph.GetType().Name} {paragraph.Span}: " + string.Join(" | ", lines));
            };
            return builder.Build();
        }

        /// <summary>Compares every block of <paramref name="text"/> read both ways; returns how many paragraphs there were.</summary>
        private static int Compare(string text)
        {
            lock (ClosedByMarkdig)
            {
                ClosedByMarkdig.Clear();
                ClosedByOurs.Clear();
                global::Markdig.Markdown.Parse(text, MarkdigClosing);
                global::Markdig.Markdown.Parse(text, OursClosing);
                Assert.True(ClosedByMarkdig.SequenceEqual(ClosedByOurs), $"closed paragraphs [{string.Join("; ", ClosedByOurs)}] instead of [{string.Join("; ", ClosedByMarkdig)}] in '{text.Replace("\n", "\\n")}'");
            }

            MarkdownDocument oursDocument = global::Markdig.Markdown.Parse(text, WithParagraphParser);
            MarkdownDocument theirsDocument = global::Markdig.Markdown.Parse(text, InlineReadings.Markdig);
            List<Block> ours = oursDocument.Descendants<Block>().ToList();
            List<Block> theirs = theirsDocument.Descendants<Block>().ToList();
            string where = $"in '{text.Replace("\n", "\\n")}'";
            Assert.True(theirs.Count == ours.Count, $"{ours.Count} blocks instead of {theirs.Count} {where}");
            int paragraphs = 0;
            for (int i = 0; i < theirs.Count; i++)
            {
                Assert.True(theirs[i].GetType() == ours[i].GetType(), $"{ours[i].GetType().Name} instead of {theirs[i].GetType().Name} {where}");
                Assert.True(theirs[i].Span == ours[i].Span, $"block {i} spans {ours[i].Span} instead of {theirs[i].Span} {where}");
                Assert.Equal(theirs[i].Line, ours[i].Line);
                Assert.Equal(theirs[i].Column, ours[i].Column);
                if (theirs[i] is LinkReferenceDefinition definition)
                {
                    var other = (LinkReferenceDefinition)ours[i];
                    Assert.Equal(definition.Label, other.Label);
                    Assert.Equal(definition.Url, other.Url);
                    Assert.Equal(definition.Title, other.Title);
                }

                paragraphs += theirs[i] is ParagraphBlock ? 1 : 0;
            }

            Assert.Equal(
                theirsDocument.GetLinkReferenceDefinitions(false)?.Links.Keys.OrderBy(k => k, StringComparer.Ordinal) ?? Enumerable.Empty<string>(),
                oursDocument.GetLinkReferenceDefinitions(false)?.Links.Keys.OrderBy(k => k, StringComparer.Ordinal) ?? Enumerable.Empty<string>());
            return paragraphs;
        }
    }
}
