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
    }
}
