using System.Collections.Generic;
using System.Linq;
using NewsletterLinter.Parsing.Corpus;
using NewsletterLinter.Parsing.Model;

namespace NewsletterLinter.Parsing.Rules
{
    /// <summary>AN0002: another file claims the same issue number.</summary>
    internal sealed class AN0002DuplicateIssueNumber : IssueRule
    {
        /// <summary>The rule's id.</summary>
        public const string Id = "AN0002";

        /// <inheritdoc/>
        public override RuleInfo Info { get; } = new(Id, "Two files claim the same issue number", RuleCatalog.IssueFileCategory, RuleSeverity.Error, "Each issue number belongs to one file; a second file with the same number makes references to it ambiguous.", false)
        {
            IsCrossFile = true,
            Example = "AN-099.md and AN-099-draft.md, both titled '[AN #99]: ...'",
            Fixed = "AN-099.md alone (the draft deleted or renumbered)",
        };

        /// <inheritdoc/>
        public override void CheckCrossFile(RuleContext context, CorpusIndex index, List<Finding> findings)
        {
            if (context.Issue.Number is { } number)
            {
                IReadOnlyList<IndexedIssue> claims = index.Claims(number);
                if (claims.Count > 1)
                {
                    string others = string.Join(", ", claims.Where(c => c.Path != context.Issue.Path).Select(c => $"'{c.Path}'"));
                    if (others.Length > 0)
                    {
                        findings.Add(new Finding(
                            Id,
                            context.Issue.Path,
                            context.Issue.TitleSpan ?? SourceSpan.None,
                            $"Issue number {number} is also claimed by {others}; each issue number belongs to one file"));
                    }
                }
            }
        }
    }
}
