using System.Collections.Generic;
using NewsletterLinter.Parsing.Model;

namespace NewsletterLinter.Parsing.Rules
{
    /// <summary>AN0006: the text marks more summary entries than were read (a problem the parser records).</summary>
    internal sealed class AN0006UnreadEntries : IssueRule
    {
        /// <summary>The rule's id.</summary>
        public const string Id = "AN0006";

        /// <inheritdoc/>
        public override RuleInfo Info { get; } = new(Id, "Entries marked but not read", RuleCatalog.IssueFileCategory, RuleSeverity.Warning, "Every '(summarized by ...)' in an issue marks a summary entry; when fewer entries are read than are marked, or a file with entry marks yields no section and no summary, some entries were lost (a malformed header, or a form of the newsletter the parser does not read) and the finding names the first one.", false)
        {
            Example = "> **[A Paper](https://example.org)** *(Ann Lee)* (summarized by Rohin): quoted, so read as body text.",
            Fixed = "**[A Paper](https://example.org)** *(Ann Lee)* (summarized by Rohin): an entry of its own.",
        };

        /// <inheritdoc/>
        public override void Check(RuleContext context, List<Finding> findings)
        {
            foreach (ParseProblem problem in context.Issue.Problems)
            {
                if (problem.Kind == ParseProblemKind.UnreadEntries)
                {
                    findings.Add(new Finding(Id, context.Issue.Path, problem.Span, problem.Message));
                }
            }
        }
    }
}
