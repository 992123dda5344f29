using System.Linq;
using NewsletterLinter.Parsing.Model;

namespace NewsletterLinter.Parsing.Tests
{
    public class ReferenceTests
    {
        [Theory]
        [InlineData("See this (AN #7) now.")]
        [InlineData("See this ([AN #7](https://mailchi.mp/x)) now.")]
        [InlineData("See this (**[AN #7](https://mailchi.mp/x)**) now.")]
        [InlineData("See AN #7 now.")]
        public void Well_formed_references(string sentence)
        {
            IssueDocument issue = Parse.Text("NEWS\n\n[T](u) *(A)*: " + sentence + "\n");

            Reference reference = Assert.Single(Assert.Single(issue.Summaries).References);
            Assert.Equal(7, reference.Number);
            Assert.Equal("AN #7", reference.RawText);
            Assert.True(reference.IsWellFormed);
            Assert.Equal(3, reference.Span.Line);
            Assert.Single(issue.References);
        }

        [Theory]
        [InlineData("(AN#7)", "AN#7")]
        [InlineData("(AN # 7)", "AN # 7")]
        [InlineData("(an #7)", "an #7")]
        [InlineData("(An #7)", "An #7")]
        [InlineData("(AN #07)", "AN #07")]
        [InlineData("(AN  #7)", "AN  #7")]
        public void Malformed_references_are_found_and_marked(string written, string raw)
        {
            IssueDocument issue = Parse.Text("Text " + written + ".\n");

            Reference reference = Assert.Single(issue.References);
            Assert.Equal(7, reference.Number);
            Assert.Equal(raw, reference.RawText);
            Assert.False(reference.IsWellFormed);
            Assert.Equal("AN #7", reference.CanonicalText);
        }

        [Theory]
        [InlineData("It was an #1 priority.")]
        [InlineData("PLAN #3 and CAN #4.")]
        [InlineData("The AN # sign.")]
        public void Prose_is_not_a_reference(string sentence)
        {
            Assert.Empty(Parse.Text(sentence + "\n").References);
        }

        [Fact]
        public void A_reference_is_located_at_its_exact_line_and_column()
        {
            IssueDocument issue = Parse.Text("NEWS\n\nFirst line and\nsecond (**[AN #112](https://x)**) line.\n");

            Reference reference = Assert.Single(issue.References);
            Assert.Equal(4, reference.Span.Line);
            Assert.Equal(12, reference.Span.Column);
            Assert.Equal(7, reference.Span.Length);
            Assert.Equal("AN #112", "NEWS\n\nFirst line and\nsecond (**[AN #112](https://x)**) line.\n".Substring(reference.Span.Offset, 7));
        }

        [Fact]
        public void The_cited_title_is_the_link_just_before_the_reference()
        {
            IssueDocument issue = Parse.Text("Recall [Engineering a Safer World](https://x) ([AN #112](https://y)) and plain (AN #9).\n");

            Assert.Equal(new[] { "Engineering a Safer World", null }, issue.References.Select(r => r.CitedTitle));
        }

        [Fact]
        public void References_in_opinions_belong_to_the_opinion_and_the_summary()
        {
            IssueDocument issue = Parse.Text("NEWS\n\n[T](u) *(A)*: Body (AN #1).\n\nRohin's opinion: As in (AN #2).\n");

            Summary summary = Assert.Single(issue.Summaries);
            Assert.Equal(new[] { 1, 2 }, summary.References.Select(r => r.Number));
            Assert.Equal(2, Assert.Single(Assert.Single(summary.Opinions).References).Number);
        }
    }
}
