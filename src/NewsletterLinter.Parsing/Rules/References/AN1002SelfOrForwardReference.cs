using System.Collections.Generic;
using NewsletterLinter.Parsing.Corpus;
using NewsletterLinter.Parsing.Model;

namespace NewsletterLinter.Parsing.Rules
{
    /// <summary>AN1002: a reference to the issue itself, or to a later issue that exists (in the archive or the external range).</summary>
    internal sealed class AN1002SelfOrForwardReference : IssueRule
    {
        /// <summary>The rule's id.</summary>
        public const string Id = "AN1002";

        /// <inheritdoc/>
        public override RuleInfo Info { get; } = new(Id, "Reference to the issue itself or to a later issue", RuleCatalog.ReferenceCategory, RuleSeverity.Warning, "An issue can only cite issues published before it.", false)
        {
            IsCrossFile = true,
            Example = "in AN #176: see the last issue (AN #176)",
            Fixed = "in AN #176: see the last issue (AN #175)",
        };

        /// <inheritdoc/>
        public override void Check(RuleContext context, List<Finding> findings)
        {
            foreach (Reference reference in context.Issue.References)
            {
                if (context.Issue.Number is { } self && reference.Number == self)
                {
                    findings.Add(new Finding(
                        Id,
                        context.Issue.Path,
                        reference.Span,
                        $"Reference to AN #{reference.Number} points to the issue itself; an issue can only cite earlier issues"));
                }
            }
        }

        /// <inheritdoc/>
        public override void CheckCrossFile(RuleContext context, CorpusIndex index, List<Finding> findings)
        {
            if (context.Issue.Number is not { } current)
            {
                return;
            }

            foreach (Reference reference in context.Issue.References)
            {
                int number = reference.Number;
                if (number > current && index.Exists(number, context.Options))
                {
                    findings.Add(new Finding(
                        Id,
                        context.Issue.Path,
                        reference.Span,
                        $"Reference to AN #{number} points to a later issue (this is AN #{current}); an issue can only cite earlier issues"));
                }
            }
        }
    }
}
