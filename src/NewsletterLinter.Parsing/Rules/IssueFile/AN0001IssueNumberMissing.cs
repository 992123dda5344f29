using System.Collections.Generic;
using NewsletterLinter.Parsing.Model;

namespace NewsletterLinter.Parsing.Rules
{
    /// <summary>AN0001: the issue's number cannot be determined (a problem the parser records).</summary>
    internal sealed class AN0001IssueNumberMissing : IssueRule
    {
        /// <summary>The rule's id.</summary>
        public const string Id = "AN0001";

        /// <inheritdoc/>
        public override RuleInfo Info { get; } = new(Id, "Issue number cannot be determined", RuleCatalog.IssueFileCategory, RuleSeverity.Warning, "An issue needs a number: from front matter ('number: 99'), a title such as '[AN #99]: ...', or a file name such as 'AN-099.md'. Without it, references to the issue cannot resolve.", false)
        {
            Example = "notes.md:\nSome notes on the week",
            Fixed = "---\nnumber: 174\n---\nSome notes on the week",
        };

        /// <inheritdoc/>
        public override void Check(RuleContext context, List<Finding> findings)
        {
            foreach (ParseProblem problem in context.Issue.Problems)
            {
                if (problem.Kind == ParseProblemKind.NoIssueNumber)
                {
                    findings.Add(new Finding(Id, context.Issue.Path, problem.Span, problem.Message));
                }
            }
        }
    }
}
