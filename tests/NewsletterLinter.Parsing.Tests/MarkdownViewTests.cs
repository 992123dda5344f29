using System.IO;
using System.Linq;
using NewsletterLinter.Parsing.Markdown;
using NewsletterLinter.Parsing.Model;
using NewsletterLinter.Tests;

namespace NewsletterLinter.Parsing.Tests
{
    public class MarkdownViewTests
    {
        [Theory]
        [InlineData("|  |\n| --- |\n| text |\n", "    \n       \n  text  \n", 3)]
        [InlineData("| \n HIGHLIGHTS\n\n body |\n |\n", "  \n HIGHLIGHTS\n\n body  \n  \n", 3)]
        [InlineData("|  |  |\n| :--- | ---: |\n", "       \n               \n", 2)]
        [InlineData(" \uFEFF\n", "  \n", 0)]
        [InlineData("\u200B\u200B\nword\u200Bword\n", "  \nword\u200Bword\n", 0)]
        [InlineData("P(x | y) and |Q| stay.\n", "P(x | y) and |Q| stay.\n", 0)]
        [InlineData("|Q*-Q| starts a line\n", "|Q*-Q| starts a line\n", 0)]
        public void Masks_the_scaffolding_at_the_same_offsets(string text, string expected, int scaffoldLines)
        {
            (string masked, int lines) = MarkdownView.Prepare(text);

            Assert.Equal(expected, masked);
            Assert.Equal(text.Length, masked.Length);
            Assert.Equal(scaffoldLines, lines);
        }

        [Theory]
        [InlineData("[AN #5]: Introduction\n", true)]
        [InlineData("| [AN #180]: Orchard robots\n", true)]
        [InlineData("[AN #5]: https://example.org/an5\n", false)]
        [InlineData("[AN #5]: /relative\n", false)]
        [InlineData("[Foo]: Bar\n", false)]
        public void Masks_the_bracket_of_a_title_line(string text, bool masked)
        {
            (string view, _) = MarkdownView.Prepare(text);

            Assert.Equal(masked, view.Contains(MarkdownView.TitleBracketMask));
        }

        [Theory]
        [InlineData("[AN #5]: Introduction to the issue\n", false)]
        [InlineData("[AN #5]: Introduction\n", false)]
        [InlineData("| [AN #180]: Orchard robots\n| --- |\n", true)]
        public void Title_brackets_alone_are_left_to_the_parser_to_mask(string text, bool maskedNow)
        {
            (string view, _) = MarkdownView.Prepare(text, deferTitleBrackets: true, out var deferred);

            Assert.Equal(maskedNow, view.Contains(MarkdownView.TitleBracketMask));
            Assert.Equal(maskedNow, deferred is null);
            if (deferred is not null)
            {
                Assert.Same(text, view);
                Assert.Equal(MarkdownView.Prepare(text).Text, MarkdownView.MaskTitleBrackets(text, deferred));
            }
        }

        [Theory]
        [InlineData("[AN #5]: Introduction\n\nHIGHLIGHTS\n\n**[Paper](https://x/p)** *(A)* (summarized by Rohin): Text.\n")]
        [InlineData("[AN #5]: Introduction to the issue\n\nHIGHLIGHTS\n\n**[Paper](https://x/p)** *(A)* (summarized by Rohin): Text citing [AN #5].\n\n[AN #5]: https://example.org/an5\n")]
        [InlineData("[AN #5]: \"Quoted\"\n\nHIGHLIGHTS\n\n**[Paper](https://x/p)** *(A)* (summarized by Rohin): Text.\n")]
        [InlineData("[AN #5]: Introduction to the issue\n\nHIGHLIGHTS\n\n**[Paper][p]** *(A)* (summarized by Rohin): Text.\n\n[p]: https://x/p\n")]
        public void A_title_line_reads_the_same_whether_its_bracket_is_masked_before_the_parse_or_not(string text)
        {
            IssueDocument deferred = IssueParser.Parse(text, "AN-005.md");

            Assert.Equal(NewsletterLinter.Parsing.FastPaths.ReferencePaths.ParseWithTitleBracketsMasked(text, "AN-005.md"), deferred);
            Assert.StartsWith("[AN #5]:", deferred.Title);
        }

        [SkippableFact]
        public void Every_real_issue_reads_the_same_whether_its_title_bracket_is_masked_before_the_parse_or_not()
        {
            string corpus = TestPaths.RequireCorpus();
            string[] files = Directory.GetFiles(corpus, "*.md").Append(Path.Combine(TestPaths.RepositoryRoot, "tests", "NewsletterLinter.Parsing.Tests", "Forms", "email-form.md")).ToArray();
            foreach (string file in files)
            {
                string text = File.ReadAllText(file);
                Assert.Equal(NewsletterLinter.Parsing.FastPaths.ReferencePaths.ParseWithTitleBracketsMasked(text, Path.GetFileName(file)), IssueParser.Parse(text, Path.GetFileName(file)));
            }
        }
    }
}
