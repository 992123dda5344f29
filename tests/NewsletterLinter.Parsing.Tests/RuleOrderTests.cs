using System.Collections.Generic;
using System.Linq;
using NewsletterLinter.Parsing.Configuration;
using NewsletterLinter.Parsing.Rules;

namespace NewsletterLinter.Parsing.Tests
{
    /// <summary>The conventions within an issue (the most frequent value, the first seen on a tie) and the order of its findings.</summary>
    public class RuleOrderTests
    {
        [Theory]
        [InlineData(new[] { 2 }, 2)]
        [InlineData(new[] { 1, 2, 2 }, 2)]
        [InlineData(new[] { 3, 1, 1, 3 }, 3)]
        [InlineData(new[] { 1, 3, 3, 1 }, 1)]
        [InlineData(new[] { 2, 1, 3, 3, 1 }, 1)]
        public void The_majority_is_the_most_frequent_value_and_the_first_seen_on_a_tie(int[] values, int expected)
        {
            Assert.Equal(expected, Majority.Of(values, v => v));
            Assert.Equal(values.Distinct(), Majority.DistinctKeys(values, v => v));
        }

        [Fact]
        public void Findings_come_in_document_order_then_by_rule_and_otherwise_as_found()
        {
            // Rule families report one after another; the issue's findings still come in document
            // order. Two references to the same missing issue on one line: one finding each, in order.
            string text = "# [AN #30]: Title\n\nHIGHLIGHTS\n==========\n\n**[A title](https://example.com/a)** *(A. Author)* (summarized by Rohin): This cites AN #999 and AN #999 again.\n\n**Rohin's opinion:** Fine.\n\nnews\n====\n\n**[Another](https://example.com/b)** *(B. Author)* (summarized by Rohin): Cites AN #998.\n";
            IReadOnlyList<Finding> findings = Assert.Single(IssueRules.CheckAll(new[] { ("AN-30.md", text) }, RuleOptions.Default)).Findings;

            Assert.True(findings.Count >= 4, string.Join("\n", findings));
            for (int i = 1; i < findings.Count; i++)
            {
                Finding before = findings[i - 1], after = findings[i];
                Assert.True(
                    before.Span.Offset < after.Span.Offset || (before.Span.Offset == after.Span.Offset && string.CompareOrdinal(before.RuleId, after.RuleId) <= 0),
                    $"{before.RuleId} at {before.Span.Offset} before {after.RuleId} at {after.Span.Offset}");
            }

            // Found in an order other than the document's: the header rules report after the reference rules.
            int firstHeader = findings.ToList().FindIndex(f => f.RuleId.StartsWith("AN3", System.StringComparison.Ordinal));
            int lastReference = findings.ToList().FindLastIndex(f => f.RuleId == RuleIds.DanglingReference);
            Assert.True(firstHeader >= 0 && lastReference > firstHeader, string.Join("\n", findings.Select(f => $"{f.RuleId} {f.Span.Line}")));
            int[] dangling = findings.Where(f => f.RuleId == RuleIds.DanglingReference).Select(f => f.Span.Offset).ToArray();
            Assert.Equal(dangling.OrderBy(o => o), dangling);
            Assert.Equal(3, dangling.Length);
        }
    }
}
