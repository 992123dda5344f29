using NewsletterLinter.Parsing.Model;

namespace NewsletterLinter.Parsing.Tests
{
    public class SuppressionTests
    {
        [Fact]
        public void Suppression_comments_are_read()
        {
            IssueDocument issue = Parse.Text("<!-- an-lint-disable AN2001 AN1001 -->\nA\n<!-- an-lint-enable AN2001 -->\n<!-- an-lint-disable-next-line AN1001 -->\nB (AN #999)\n<!-- an-lint-disable -->\n<!-- other comment -->\n");

            Assert.Equal(4, issue.Suppressions.Count);
            Assert.Equal(SuppressionKind.Disable, issue.Suppressions[0].Kind);
            Assert.Equal(new[] { "AN2001", "AN1001" }, issue.Suppressions[0].RuleIds);
            Assert.Equal(1, issue.Suppressions[0].Line);
            Assert.Equal(SuppressionKind.Enable, issue.Suppressions[1].Kind);
            Assert.Equal(SuppressionKind.DisableNextLine, issue.Suppressions[2].Kind);
            Assert.Equal(4, issue.Suppressions[2].Line);
            Assert.Empty(issue.Suppressions[3].RuleIds);
        }

        [Theory]
        [InlineData("a < b, <b>bold</b> and <!- not one -> then <!-- an-lint-disable AN2001 --> <")]
        [InlineData("<<!-- an-lint-disable AN2001 -->")]
        [InlineData("text <!--an-lint-disable AN2001-->")]
        public void A_comment_is_found_among_other_angle_brackets(string line)
        {
            IssueDocument issue = Parse.Text("# [AN #1]: Title\n\n" + line + "\n");

            Suppression suppression = Assert.Single(issue.Suppressions);
            Assert.Equal(SuppressionKind.Disable, suppression.Kind);
            Assert.Equal(new[] { "AN2001" }, suppression.RuleIds);
            Assert.Equal(3, suppression.Line);
            Assert.Equal(line.IndexOf("<!--", System.StringComparison.Ordinal) + "# [AN #1]: Title\n\n".Length, suppression.Span.Offset);
        }
    }
}
