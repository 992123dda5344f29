using System.Linq;
using NewsletterLinter.Parsing.Markdown;
using NewsletterLinter.Parsing.Model;
using NewsletterLinter.Tests;
using Xunit;

namespace NewsletterLinter.Parsing.Tests
{
    /// <summary>What the archive keeps of a summary beyond its plain text: Markdown, links, hat tips, highlights.</summary>
    public class ArchiveContentTests
    {
        [Fact]
        public void The_header_s_hat_tips_are_read_with_its_groups()
        {
            IssueDocument issue = Parse.Text("# [AN #9]: T\n\n# NEWS\n\n**[Work](https://x.org)** *(Ann Lee)* (summarized by Rohin) (H/T Bo Chen and Cy Dee): Text.\n", "AN-009.md");
            Summary summary = Assert.Single(issue.Summaries);
            Assert.Equal(new[] { "Bo Chen", "Cy Dee" }, summary.HatTips);
            Assert.Equal(new[] { "Ann Lee" }, summary.Authors);
            Assert.Equal(new[] { "Rohin" }, summary.Summarizers);
        }

        [Fact]
        public void A_body_that_opens_with_a_link_keeps_the_link_s_bracket()
        {
            const string text = "# [AN #9]: T\n\n# NEWS\n\n**[Work](https://x.org)** *(Ann)*: [BERT](https://arxiv.org/abs/1810.04805) improves *many* tasks.\n";
            IssueDocument issue = Parse.Text(text, "AN-009.md");
            string markdown = MarkdownSource.Body(MarkdownSource.View(text), Assert.Single(issue.Summaries));
            Assert.Equal("[BERT](https://arxiv.org/abs/1810.04805) improves *many* tasks.", markdown);
        }

        [Theory]
        [InlineData("`code` starts it.")]
        [InlineData("![image](https://x.org/i.png) starts it.")]
        [InlineData("<https://x.org/auto> starts it.")]
        [InlineData("**Bold** starts it.")]
        public void A_body_keeps_the_markup_it_opens_with(string body)
        {
            string text = "# [AN #9]: T\n\n# NEWS\n\n**[Work](https://x.org)** *(Ann)*: " + body + "\n";
            IssueDocument issue = Parse.Text(text, "AN-009.md");
            Assert.Equal(body, MarkdownSource.Body(MarkdownSource.View(text), Assert.Single(issue.Summaries)));
        }

        [Fact]
        public void Root_relative_links_become_absolute_and_code_stays_as_written()
        {
            Assert.Equal(
                "See [a post](https://www.lesswrong.com/posts/Ab1/x) and `[code](/posts/Ab1)` and [far](//cdn.example/x).",
                RelativeLinks.Resolve("See [a post](/posts/Ab1/x) and `[code](/posts/Ab1)` and [far](//cdn.example/x)."));
            Assert.Equal("```\n[code](/posts/Ab1)\n```\n[a](https://www.lesswrong.com/s/Q)", RelativeLinks.Resolve("```\n[code](/posts/Ab1)\n```\n[a](/s/Q)"));
            Assert.Equal("https://www.lesswrong.com/posts/Ab1", RelativeLinks.Absolute("/posts/Ab1"));
            Assert.Equal("https://x.org/a", RelativeLinks.Absolute("https://x.org/a"));

            IssueDocument issue = Parse.Text("# [AN #9]: T\n\n# NEWS\n\n**[Work](https://x.org)** *(Ann)*: As [argued](/posts/Ab1/x) before.\n", "AN-009.md");
            Assert.Equal("https://www.lesswrong.com/posts/Ab1/x", Assert.Single(issue.Summaries.Single().Links).Url);
        }

        [Fact]
        public void A_formula_alone_in_its_paragraph_is_body_text_not_a_listed_entry()
        {
            IssueDocument issue = Parse.Text("# [AN #9]: T\n\n# NEWS\n\n[Work](https://x.org) *(Ann)*: If you maximize\n\nR(τ) = log(1 - D(τ)) - log(D(τ))\n\nThen it converges.\n", "AN-009.md");
            Summary summary = Assert.Single(issue.Summaries);
            Assert.Contains("Then it converges.", summary.Text, System.StringComparison.Ordinal);
        }

        [Fact]
        public void An_issue_on_one_topic_has_its_opening_summaries_as_highlights()
        {
            const string entries = "**[A](https://x.org/a)** *(Ann)* (summarized by Rohin): Text.\n\n**[B](https://x.org/b)** *(Bo)* (summarized by Rohin): Text.\n\n";
            IssueDocument focused = Parse.Text("# [AN #9]: T\n\nThis issue covers one sequence.\n\n" + entries + "# PODCAST\n\nAn audio version.\n", "AN-009.md");
            Assert.All(focused.Summaries, s => Assert.True(s.IsHighlight));

            IssueDocument usual = Parse.Text("# [AN #9]: T\n\n" + entries + "# HIGHLIGHTS\n\n**[C](https://x.org/c)** *(Cy)*: Text.\n", "AN-009.md");
            Assert.Equal(new[] { false, false, true }, usual.Summaries.Select(s => s.IsHighlight));
        }
    }
}
