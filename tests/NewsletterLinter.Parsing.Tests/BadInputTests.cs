using System.Linq;
using System.Text;
using NewsletterLinter.Parsing.Model;

namespace NewsletterLinter.Parsing.Tests
{
    public class BadInputTests
    {
        [Fact]
        public void Empty_text()
        {
            IssueDocument issue = IssueParser.Parse(string.Empty, "AN-001.md");

            Assert.Equal(1, issue.Number);
            Assert.Empty(issue.Summaries);
            Assert.Empty(issue.Problems);
        }

        [Fact]
        public void Binary_text_is_a_problem()
        {
            IssueDocument issue = IssueParser.Parse("PK\u0003\u0004\0\0\u0001garbage", "AN-001.md");

            Assert.Equal(ParseProblemKind.UnreadableText, Assert.Single(issue.Problems).Kind);
        }

        [Fact]
        public void A_NUL_after_table_rows_and_zero_width_characters_is_found()
        {
            // The view's one search meets the pipes and the zero-width space first.
            string text = "NEWS\n\n| a | b |\n| --- | --- |\n\u200B\n" + new string('x', 300) + "\0 tail\n";

            IssueDocument issue = IssueParser.Parse(text, "AN-001.md");

            Assert.Contains("NUL", Assert.Single(issue.Problems).Message);
        }

        [Fact]
        public void A_file_of_zeros_is_binary()
        {
            IssueDocument issue = IssueParser.Parse(new string('\0', 4_000_000), "AN-001.md");

            Assert.Equal(ParseProblemKind.UnreadableText, Assert.Single(issue.Problems).Kind);
        }

        [Fact]
        public void The_first_replacement_character_is_reported_where_it_stands()
        {
            string text = "NEWS\n\n| a | b |\n\n[T](u) *(A)* (summarized by B): caf\uFFFD and \uFFFD again.\n";

            IssueDocument issue = IssueParser.Parse(text, "AN-001.md");

            ParseProblem problem = Assert.Single(issue.Problems, p => p.Kind == ParseProblemKind.UnreadableText);
            Assert.Equal(text.IndexOf('\uFFFD'), problem.Span.Offset);
            Assert.Single(issue.Summaries);
        }

        [Fact]
        public void Text_over_the_limit_is_a_problem()
        {
            IssueDocument issue = IssueParser.Parse(new string('a', 101), "AN-001.md", ParserOptions.Default with { MaxTextLength = 100 });

            ParseProblem problem = Assert.Single(issue.Problems);
            Assert.Equal(ParseProblemKind.UnreadableText, problem.Kind);
            Assert.Contains("over the limit", problem.Message);
        }

        [Fact]
        public void Ten_thousand_nested_quotes_and_list_items()
        {
            string quotes = new string('>', 10_000) + " deep (AN #3)\n";
            string lists = string.Concat(Enumerable.Range(0, 10_000).Select(i => new string(' ', (i % 50) * 2) + "- item\n"));

            IssueDocument issue = IssueParser.Parse("NEWS\n\n[T](u) *(A)*: Body.\n\n" + quotes + "\n" + lists, "AN-001.md");

            Assert.Single(issue.Summaries);
        }

        [Fact]
        public void Pathological_parentheses_in_a_title_line()
        {
            string line = new string('(', 20_000) + "T" + new string(')', 5_000) + " (summarized by Rohin): x";

            IssueDocument issue = IssueParser.Parse("NEWS\n\n" + line + "\n\n" + string.Concat(Enumerable.Repeat("[a](b) (", 5_000)) + "\n", "AN-001.md");

            Assert.NotNull(issue);
        }

        [Fact]
        public void Crlf_line_endings_keep_positions()
        {
            IssueDocument issue = IssueParser.Parse("HIGHLIGHTS\r\n\r\n[T](u) *(A)*: Body (AN #5).\r\n\r\nRohin's opinion: Ok.\r\n", "AN-009.md");

            Summary summary = Assert.Single(issue.Summaries);
            Assert.Equal(3, summary.Line);
            Assert.Equal(5, summary.Opinions[0].Span.Line);
            Reference reference = Assert.Single(summary.References);
            Assert.Equal(3, reference.Span.Line);
            Assert.Equal(21, reference.Span.Column);
        }

        [Fact]
        public void A_leading_byte_order_mark_is_harmless()
        {
            IssueDocument issue = IssueParser.Parse("\uFEFFHIGHLIGHTS\n\n[T](u) *(A)*: Body.\n", "AN-009.md");

            Assert.Single(issue.Summaries);
        }

        [Fact]
        public void Non_breaking_spaces_and_trailing_spaces()
        {
            IssueDocument issue = IssueParser.Parse("HIGHLIGHTS\u00A0 \n\n[T](u)\u00A0*(A)*\u00A0(summarized by Rohin):\u00A0Body.  \n", "AN-009.md");

            Summary summary = Assert.Single(issue.Summaries);
            Assert.Equal("HIGHLIGHTS", Assert.Single(issue.Sections).Name);
            Assert.Equal(new[] { "Rohin" }, summary.Summarizers);
        }

        [Fact]
        [Trait("Category", "Slow")]
        public void A_large_issue_parses()
        {
            var text = new StringBuilder("HIGHLIGHTS\n\n");
            for (int i = 0; i < 20_000; i++)
            {
                text.Append("[Title ").Append(i).Append("](u) *(A)* (summarized by Rohin): Body (AN #").Append(i % 100).Append(").\n\nRohin's opinion: ok.\n\n");
            }

            IssueDocument issue = IssueParser.Parse(text.ToString(), "AN-009.md");

            Assert.Equal(20_000, issue.Summaries.Count);
        }

        [Fact]
        public void Parsing_twice_gives_equal_documents()
        {
            string text = "HIGHLIGHTS\n\n[T](u) *(A, B)* (summarized by Rohin): Body (AN #5).\n\nRohin's opinion: Ok.\n\n<!-- an-lint-disable AN1001 -->\n";

            IssueDocument first = IssueParser.Parse(text, "AN-009.md");
            IssueDocument second = IssueParser.Parse(string.Concat(text.ToCharArray()), "AN-009.md");

            Assert.Equal(first, second);
            Assert.Equal(first.GetHashCode(), second.GetHashCode());
            Assert.NotEqual(first, IssueParser.Parse(text.Replace("Ok.", "Okay."), "AN-009.md"));
        }
    }
}
