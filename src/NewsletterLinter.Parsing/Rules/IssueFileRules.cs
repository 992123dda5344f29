using System.Collections.Generic;
using System.Linq;
using NewsletterLinter.Parsing.Model;

namespace NewsletterLinter.Parsing.Rules
{
    /// <summary>AN0001-AN0004 and AN0006: the issue file as a whole.</summary>
    internal static class IssueFileRules
    {
        /// <summary>The problems the parser recorded: AN0001, AN0003, AN0004, AN0006.</summary>
        public static void CheckLocal(IssueDocument issue, List<Finding> findings)
        {
            foreach (ParseProblem problem in issue.Problems)
            {
                string id = problem.Kind switch
                {
                    ParseProblemKind.NoIssueNumber => RuleIds.IssueNumberMissing,
                    ParseProblemKind.UnreadableText => RuleIds.UnreadableFile,
                    ParseProblemKind.UnreadEntries => RuleIds.UnreadEntries,
                    _ => RuleIds.MalformedEntryHeader,
                };
                findings.Add(new Finding(id, issue.Path, problem.Span, problem.Message));
            }
        }

        /// <summary>AN0002: another file claims the same number.</summary>
        public static void CheckCrossFile(IssueDocument issue, CorpusIndex index, List<Finding> findings)
        {
            if (issue.Number is { } number)
            {
                IReadOnlyList<IndexedIssue> claims = index.Claims(number);
                if (claims.Count > 1)
                {
                    string others = string.Join(", ", claims.Where(c => c.Path != issue.Path).Select(c => $"'{c.Path}'"));
                    if (others.Length > 0)
                    {
                        findings.Add(new Finding(
                            RuleIds.DuplicateIssueNumber,
                            issue.Path,
                            issue.TitleSpan ?? SourceSpan.None,
                            $"Issue number {number} is also claimed by {others}; each issue number belongs to one file"));
                    }
                }
            }
        }
    }
}
