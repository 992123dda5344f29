using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System;
using NewsletterLinter.Parsing.Configuration;
using NewsletterLinter.Tests;

namespace NewsletterLinter.Parsing.Tests
{
    /// <summary>
    /// <c>fix</c> keeps every character it was not asked to change, on the real archive and on Markdown
    /// no one here wrote: the CommonMark specification's examples, each alone and each inside a
    /// newsletter-shaped issue as a header, a summary body and an opinion (see <see cref="LosslessFix"/>).
    /// </summary>
    public class LosslessFixTests
    {
        [Fact]
        public void A_setext_header_with_a_link_and_emphasis_keeps_them_when_it_becomes_atx()
        {
            string text = Issue("[Technical AI *alignment*](https://example.org/taa)\n===");

            Assert.Null(LosslessFix.Violation(text));
            string fixedText = NewsletterLinter.Parsing.Fixing.IssueFixer.Fix(new[] { ("AN-050.md", text) }, NewsletterLinter.Parsing.Configuration.RuleOptions.Default, _ => true).Issues[0].Text;
            Assert.Contains("# [TECHNICAL AI *ALIGNMENT*](https://example.org/taa)\n", fixedText, StringComparison.Ordinal);
        }

        [Fact]
        public void An_entry_header_read_as_a_setext_heading_keeps_its_link_and_emphasis()
        {
            string text = Issue("**[A title](http://x.org)** *(Someone)* (summarized by Rohin): text\n===");

            Assert.Null(LosslessFix.Violation(text));
            string fixedText = NewsletterLinter.Parsing.Fixing.IssueFixer.Fix(new[] { ("AN-050.md", text) }, NewsletterLinter.Parsing.Configuration.RuleOptions.Default, _ => true).Issues[0].Text;
            Assert.Contains("**[A title](http://x.org)** *(Someone)* (summarized by Rohin): text", fixedText, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("# Technical `AI` alignment")]
        [InlineData("# Technical <b>AI</b> alignment")]
        [InlineData("# Technical AI alignment ##")]
        [InlineData("Technical AI\nalignment\n===")]
        [InlineData("**Technical AI \\*alignment**")]
        [InlineData("# [Technical AI alignment][taa]\n\n[taa]: https://example.org/taa")]
        public void Headers_with_inline_markup_keep_it(string header)
            => Assert.Null(LosslessFix.Violation(Issue(header)));

        [SkippableFact]
        public void Every_real_issue_is_fixed_losslessly()
        {
            string corpus = TestPaths.RequireCorpus();
            foreach (string file in Directory.GetFiles(corpus, "*.md").Order(StringComparer.Ordinal))
            {
                string? violation = LosslessFix.Violation(File.ReadAllText(file), Path.GetFileName(file));
                Assert.True(violation is null, Path.GetFileName(file) + ": " + violation);
            }
        }

        [SkippableFact]
        public void Every_commonmark_example_alone_and_inside_an_issue_is_fixed_losslessly()
        {
            string peers = TestPaths.RequirePeers();
            List<string> examples = Examples(File.ReadAllText(Path.Combine(peers, "commonmark-spec.txt")));
            Assert.True(examples.Count > 600, "the specification's examples were not found");
            var failures = new List<string>();
            for (int i = 0; i < examples.Count; i++)
            {
                foreach ((string where, string text) in Embeddings(examples[i]))
                {
                    if (LosslessFix.Violation(text) is { } violation)
                    {
                        failures.Add($"example {i + 1} {where}: {violation}\n--- input ---\n{text}");
                    }
                }
            }

            Assert.True(failures.Count == 0, failures.Count + " failures; the first:\n" + string.Join("\n\n", failures.Take(3)));
        }

        /// <summary>A newsletter-shaped issue around <paramref name="middle"/>, with findings of every fixable rule around it.</summary>
        internal static string Issue(string middle)
            => "# HIGHLIGHTS\n\n**[A Work](https://example.org/a)** *(Ann Lee)* (summarized by Rohin): Cites AN#3.\n\n**Rohins opinion** Fine.\n\n"
                + middle
                + "\n\n# technical AI alignment\n\n**[Another](https://example.org/b)** *(Bo Chen)* (summarized by Flo): Text.\n\n**NEWS**\n\n**[News Item](https://example.org/c)** (summarized by Rohin): Text.\n";

        /// <summary>An example alone, and inside an issue as a header (setext and ATX), a summary body and an opinion.</summary>
        internal static IEnumerable<(string Where, string Text)> Embeddings(string example)
        {
            string firstLine = example.Split('\n')[0];
            yield return ("alone", example);
            yield return ("as a setext header", Issue(example.TrimEnd('\n') + "\n==="));
            yield return ("as an ATX header", Issue("### " + firstLine));
            yield return ("as a summary body", Issue("**[Embedded](https://example.org/e)** *(Eve)* (summarized by Rohin): " + example));
            yield return ("as an opinion", Issue("**[Opined](https://example.org/o)** (summarized by Rohin): Text.\n\n**Rohin's opinion:** " + example));
        }

        /// <summary>The Markdown of each example of the specification (between a line of 32 backticks and ` example` and a line holding a dot; → is a tab).</summary>
        internal static List<string> Examples(string spec)
        {
            var examples = new List<string>();
            string fence = new string('`', 32);
            string[] lines = spec.Split('\n');
            for (int i = 0; i < lines.Length; i++)
            {
                if (lines[i] != fence + " example")
                {
                    continue;
                }

                var markdown = new StringBuilder();
                for (i++; i < lines.Length && lines[i] != "."; i++)
                {
                    markdown.Append(lines[i].Replace('→', '\t')).Append('\n');
                }

                examples.Add(markdown.ToString());
            }

            return examples;
        }
    }
}
