using System.Collections.Generic;
using NewsletterLinter.Parsing.Model;

namespace NewsletterLinter.Parsing.Rules
{
    /// <summary>AN0003: the file is binary, not UTF-8 or over the size limit (recorded by the parser for text that could not be decoded; hosts report files they cannot read at all).</summary>
    internal sealed class AN0003UnreadableFile : IssueRule
    {
        /// <summary>The rule's id.</summary>
        public const string Id = "AN0003";

        /// <inheritdoc/>
        public override RuleInfo Info { get; } = new(Id, "Issue file is unreadable", RuleCatalog.IssueFileCategory, RuleSeverity.Warning, "The file is binary, not UTF-8, or over the size limit, so it was not parsed.", false)
        {
            Example = "an issue saved as UTF-16, or holding NUL bytes",
            Fixed = "the same issue saved as UTF-8 text",
        };

        /// <inheritdoc/>
        public override void Check(RuleContext context, List<Finding> findings)
        {
            foreach (ParseProblem problem in context.Issue.Problems)
            {
                if (problem.Kind == ParseProblemKind.UnreadableText)
                {
                    findings.Add(new Finding(Id, context.Issue.Path, problem.Span, problem.Message));
                }
            }
        }
    }
}
