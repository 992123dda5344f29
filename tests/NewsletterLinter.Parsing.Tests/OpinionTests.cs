using System.Linq;
using NewsletterLinter.Parsing.Model;

namespace NewsletterLinter.Parsing.Tests
{
    public class OpinionTests
    {
        private const string Entry = "HIGHLIGHTS\n\n[T](u) *(A)* (summarized by Flo): Body.\n\n";

        [Theory]
        [InlineData("**Flo's opinion:** Good.", "Flo", nameof(OpinionKind.Named), true)]
        [InlineData("Flo's opinion: Good.", "Flo", nameof(OpinionKind.Named), true)]
        [InlineData("**Flo’s opinion:** Good.", "Flo", nameof(OpinionKind.Named), true)]
        [InlineData("**Dan H's opinion:** Good.", "Dan H", nameof(OpinionKind.Named), true)]
        [InlineData("**Nicholas' opinion:** Good.", "Nicholas", nameof(OpinionKind.Named), true)]
        [InlineData("**Rohin's opinion**: Good.", "Rohin", nameof(OpinionKind.Named), true)]
        [InlineData("**My opinion:** Good.", "Rohin", nameof(OpinionKind.Mine), true)]
        [InlineData("**Should you read it?** Good.", "Rohin", nameof(OpinionKind.ShouldYouReadIt), true)]
        [InlineData("**should YOU read it?** Good.", "Rohin", nameof(OpinionKind.ShouldYouReadIt), false)]
        [InlineData("**Rohins opinion:** Good.", "Rohin", nameof(OpinionKind.Named), false)]
        [InlineData("**Rohin's opinion** Good.", "Rohin", nameof(OpinionKind.Named), false)]
        [InlineData("**Rohin's Opinion:** Good.", "Rohin", nameof(OpinionKind.Named), false)]
        [InlineData("**rohin's opinion:** Good.", "rohin", nameof(OpinionKind.Named), false)]
        [InlineData("**my opinion:** Good.", "Rohin", nameof(OpinionKind.Mine), false)]
        public void Opinion_labels(string paragraph, string author, string kindName, bool wellFormed)
        {
            OpinionKind kind = System.Enum.Parse<OpinionKind>(kindName);
            IssueDocument issue = Parse.Text(Entry + paragraph + "\n");

            Opinion opinion = Assert.Single(Assert.Single(issue.Summaries).Opinions);
            Assert.Equal(author, opinion.Author);
            Assert.Equal(kind, opinion.Kind);
            Assert.Equal(wellFormed, opinion.IsLabelWellFormed);
            Assert.Equal("Good.", opinion.Text);
            Assert.Equal(5, opinion.LabelSpan.Line);
            Assert.Equal(1, opinion.LabelSpan.Column);
        }

        [Fact]
        public void The_editor_is_configurable()
        {
            IssueDocument issue = Parse.Text(Entry + "My opinion: Fine.\n", options: ParserOptions.Default with { EditorName = "Alex" });

            Assert.Equal("Alex", Assert.Single(Assert.Single(issue.Summaries).Opinions).Author);
        }

        [Fact]
        public void An_opinion_runs_over_the_following_paragraphs()
        {
            IssueDocument issue = Parse.Text(Entry + "Flo's opinion: First.\n\nSecond.\n\n- third\n\nRohin's opinion: Other.\n");

            Summary summary = Assert.Single(issue.Summaries);
            Assert.Equal(new[] { "Flo", "Rohin" }, summary.Opinions.Select(o => o.Author));
            Assert.Equal("First.\n\nSecond.\n\nthird", summary.Opinions[0].Text);
            Assert.Equal("Body.", summary.Text);
            Assert.Equal(5, summary.Opinions[0].Span.Line);
            Assert.Equal(9, summary.Opinions[0].Span.EndLine);
        }

        [Fact]
        public void Prose_that_mentions_an_opinion_is_not_a_label()
        {
            IssueDocument issue = Parse.Text(Entry + "Rohin's opinion is that this is fine.\n\nIn my opinion: prose.\n");

            Summary summary = Assert.Single(issue.Summaries);
            Assert.Empty(summary.Opinions);
            Assert.Equal("Body.\n\nRohin's opinion is that this is fine.\n\nIn my opinion: prose.", summary.Text);
        }

        [Fact]
        public void An_opinion_before_any_summary_of_its_section_is_an_orphan()
        {
            IssueDocument issue = Parse.Text("HIGHLIGHTS\n\nRohin's opinion: Lonely.\n\nMore.\n\n[T](u) *(A)*: Body.\n");

            Opinion orphan = Assert.Single(issue.OrphanOpinions);
            Assert.Equal("Lonely.\n\nMore.", orphan.Text);
            Assert.Empty(Assert.Single(issue.Summaries).Opinions);
            Assert.Single(issue.AllOpinions);
        }

        [Fact]
        public void An_empty_opinion_has_empty_text()
        {
            IssueDocument issue = Parse.Text(Entry + "**Rohin's opinion:**\n\n#### FEEDBACK\n");

            Assert.Equal(string.Empty, Assert.Single(Assert.Single(issue.Summaries).Opinions).Text);
        }
    }
}
