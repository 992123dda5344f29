using System.Collections.Generic;
using NewsletterLinter.Parsing.Model;

namespace NewsletterLinter.Parsing.Rules
{
    /// <summary>AN0004: a paragraph starts like a summary entry but its header is malformed (every other problem the parser records).</summary>
    internal sealed class AN0004MalformedEntryHeader : IssueRule
    {
        /// <summary>The rule's id.</summary>
        public const string Id = "AN0004";

        /// <inheritdoc/>
        public override RuleInfo Info { get; } = new(Id, "Summary entry header is malformed", RuleCatalog.IssueFileCategory, RuleSeverity.Warning, "A paragraph starts like a summary entry but its header does not follow 'Title (Authors) (summarized by Name): text'.", false)
        {
            Example = "**[Broken Header Paper](https://example.org)** *(Some Author)* whose header never reaches its colon.",
            Fixed = "**[Broken Header Paper](https://example.org)** *(Some Author)* (summarized by Rohin): The paper ...",
        };

        /// <inheritdoc/>
        public override void Check(RuleContext context, List<Finding> findings)
        {
            foreach (ParseProblem problem in context.Issue.Problems)
            {
                if (problem.Kind is not (ParseProblemKind.NoIssueNumber or ParseProblemKind.UnreadableText or ParseProblemKind.UnreadEntries))
                {
                    findings.Add(new Finding(Id, context.Issue.Path, problem.Span, problem.Message));
                }
            }
        }
    }
}
