using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace NewsletterLinter.CodeAnalysis.Tests.Generator
{
    /// <summary>No content of an issue can break the generated code or change its meaning.</summary>
    public class AdversarialContentTests
    {
        public static IEnumerable<object[]> Titles() => new[]
        {
            new object[] { "Quotes \"inside\" a title" },
            new object[] { "Back\\slash \\\" and \\u0041" },
            new object[] { "Raw \"\"\" literal \"\"\"\"" },
            new object[] { "Comment */ closer /* opener // line" },
            new object[] { "#line 1 \"evil.cs\"" },
            new object[] { "Braces { } and {0} and $\"{x}\"" },
            new object[] { "Control \u0001\u0007\u001b characters" },
            new object[] { "Line\u2028separator\u2029and\u0085next" },
            new object[] { "Unicode: Ωμέγα 日本語 😀 café" },
            new object[] { "class" },
            new object[] { "namespace" },
            new object[] { "42 is the answer" },
            new object[] { "<summary>XML</summary> &amp; </param>" },
            new object[] { "Number" },
            new object[] { "AN001Issue" },
            new object[] { "\u200Bzero\u200Dwidth\uFEFF" },
            new object[] { "Lone \uD800 surrogate" },
        };

        [Theory]
        [MemberData(nameof(Titles))]
        public void Hostile_titles_and_texts_compile_and_read_back(string title)
        {
            string text = "Body: " + title + " \\ \"\"\" */ #if X";
            string markdown = $"# [AN #1]: Issue\n\n# NEWS\n\n**[{title}](https://example.org/a?b=\"c\")** *(O'Brien, {title})* (summarized by Rohin): {text}\n\n**Rohin's opinion:** {title}\n\n**[{title}](https://example.org/2)** *(Same Title Twice)* (summarized by Rohin): Again.\n";
            var expected = Parsing.IssueParser.Parse(markdown, "/issues/AN-001.md");
            Assert.Equal(2, expected.Summaries.Count);

            var (output, diagnostics, _) = GeneratorHarness.Run(new[] { (AdditionalText)new TestAdditionalText("/issues/AN-001.md", markdown) });

            Assert.Empty(diagnostics);
            Assert.Empty(GeneratorHarness.Problems(output));
            var issue = GeneratorHarness.Find(GeneratorHarness.Load(output), 1)!;
            for (int i = 0; i < 2; i++)
            {
                Assert.Equal(expected.Summaries[i].Title, issue.Summaries[i].Title);
                Assert.Equal(expected.Summaries[i].Text, issue.Summaries[i].Text);
                Assert.Equal(expected.Summaries[i].Authors, issue.Summaries[i].Authors);
                Assert.Equal(expected.Summaries[i].Url, issue.Summaries[i].Url);
            }

            Assert.Equal(expected.Summaries[0].Opinions[0].Text, issue.Summaries[0].Opinions[0].Text);

            // The Markdown fields hold the same hostile text, as written, and read back unchanged.
            string view = Parsing.Markdown.MarkdownSource.View(markdown);
            Assert.Equal(Parsing.Markdown.MarkdownSource.Body(view, expected.Summaries[0]), issue.Summaries[0].Markdown);
            Assert.Equal(Parsing.Markdown.MarkdownSource.Text(view, expected.Summaries[0].Opinions[0]), issue.Summaries[0].Opinions[0].Markdown);
            Assert.Contains("\"\"\" */ #if X", issue.Summaries[0].Markdown, System.StringComparison.Ordinal);
            var names = issue.GetType().GetProperties().Where(p => p.PropertyType == typeof(AlignmentNewsletter.Summary)).Select(p => p.Name).ToList();
            Assert.Equal(2, names.Distinct().Count());
        }

        [Fact]
        public void Duplicate_file_names_in_different_folders_are_both_generated()
        {
            var files = new AdditionalText[]
            {
                new TestAdditionalText("/one/issue.md", "---\nnumber: 5\n---\n# NEWS\n\n[A](u) *(X)*: a\n"),
                new TestAdditionalText("/two/issue.md", "---\nnumber: 6\n---\n# NEWS\n\n[B](u) *(Y)*: b\n"),
                new TestAdditionalText("/my issues/ñandú #7 (draft).md", "---\nnumber: 7\n---\n# NEWS\n\n[C](u) *(Z)*: c\n"),
            };

            var (output, diagnostics, sources) = GeneratorHarness.Run(files);

            Assert.Empty(diagnostics);
            Assert.Empty(GeneratorHarness.Problems(output));
            Assert.Contains("AN005Issue.g.cs", sources.Keys);
            Assert.Contains("AN006Issue.g.cs", sources.Keys);
            Assert.Contains("AN007Issue.g.cs", sources.Keys);
        }

        [Fact]
        public void Bad_input_never_breaks_the_generator()
        {
            var files = new AdditionalText[]
            {
                new TestAdditionalText("/issues/AN-001.md", string.Empty),
                new TestAdditionalText("/issues/AN-002.md", "PK\0\0binary"),
                new TestAdditionalText("/issues/AN-003.md", new string('>', 5000) + " deep\n" + new string('(', 5000)),
                new TestAdditionalText("/issues/AN-003-copy.md", "# NEWS\n\n[Dup](u) *(A)*: same number as another file\n"),
                new TestAdditionalText("/issues/notes.md", "no number at all"),
            };

            var (output, diagnostics, sources) = GeneratorHarness.Run(files);

            Assert.Empty(diagnostics);
            Assert.Empty(GeneratorHarness.Problems(output));
            Assert.Contains("Newsletter.g.cs", sources.Keys);
        }
    }
}
