using System;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using NewsletterLinter.Tests;

namespace NewsletterLinter.CodeAnalysis.Tests.Generator
{
    /// <summary>The generated objects for the whole real newsletter (<c>NEWSLETTER_CORPUS</c>).</summary>
    public class CorpusGenerationTests
    {
        [SkippableFact]
        public void The_real_corpus_compiles_and_matches_the_parser()
        {
            string corpus = TestPaths.RequireCorpus();
            string[] paths = Directory.GetFiles(corpus, "*.md").OrderBy(f => f, StringComparer.Ordinal).ToArray();
            var files = paths.Select(p => (AdditionalText)new TestAdditionalText(p, File.ReadAllText(p))).ToList();

            var (output, diagnostics, sources) = GeneratorHarness.Run(files);

            Assert.Empty(diagnostics);
            Assert.Empty(GeneratorHarness.Problems(output));
            var assembly = GeneratorHarness.Load(output);
            int checkedIssues = 0, citations = 0, resolved = 0;
            foreach (string path in paths)
            {
                string text = File.ReadAllText(path);
                var expected = Parsing.IssueParser.Parse(text, path);
                string view = Parsing.Markdown.MarkdownSource.View(text);
                if (expected.Number is not { } number)
                {
                    continue;
                }

                var issue = GeneratorHarness.Find(assembly, number)!;
                Assert.Equal(expected.Summaries.Count, issue.Summaries.Count);
                for (int i = 0; i < expected.Summaries.Count; i++)
                {
                    var s = expected.Summaries[i];
                    var g = issue.Summaries[i];
                    Assert.Equal(s.Title, g.Title);
                    Assert.Equal(s.Summarizers, g.Summarizers);
                    Assert.Equal(s.IsHighlight, g.IsHighlight);
                    Assert.Equal(s.Opinions.Select(o => (o.Author, o.Text)), g.Opinions.Select(o => (o.Author, o.Text)));
                    Assert.Equal(s.References.Select(r => r.Number), g.References.Select(r => r.Number));
                    Assert.Equal(s.Text, g.Text);
                    Assert.Equal(Parsing.Markdown.MarkdownSource.Body(view, s), g.Markdown);
                    Assert.Equal(s.HatTips, g.HatTips);
                    Assert.Equal(s.Links.Select(l => (l.Text, l.Url)), g.Links.Select(l => (l.Text, l.Url)));
                    citations += g.Citations.Count;
                    resolved += g.Citations.Count(c => c.Summary is not null);
                    Assert.All(g.CitedBy, citing => Assert.Contains(citing.Citations, c => ReferenceEquals(c.Summary, g)));
                }

                Assert.Equal(Outline(expected.Sections), Outline(issue.Sections));
                checkedIssues++;
            }

            Assert.Equal(149, checkedIssues);
            Assert.InRange(citations, 600, 800);
            Assert.True(resolved * 100 >= citations * 80, $"{resolved} of {citations} citations resolve to a summary of this build");
            Assert.Equal(150, sources.Count);
        }

        /// <summary>Every section and subsection as name, level and line, depth first.</summary>
        private static string[] Outline(System.Collections.Generic.IEnumerable<Parsing.Model.Section> sections)
            => sections.SelectMany(s => new[] { $"{s.Name}|{s.Level}|{s.Line}" }.Concat(Outline(s.Subsections).Select(c => "  " + c))).ToArray();

        private static string[] Outline(System.Collections.Generic.IEnumerable<AlignmentNewsletter.NewsletterSection> sections)
            => sections.SelectMany(s => new[] { $"{s.Name}|{s.Level}|{s.Line}" }.Concat(Outline(s.Subsections).Select(c => "  " + c))).ToArray();
    }
}
