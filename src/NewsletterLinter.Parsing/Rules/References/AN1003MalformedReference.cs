using System.Collections.Generic;
using NewsletterLinter.Parsing.Model;

namespace NewsletterLinter.Parsing.Rules
{
    /// <summary>AN1003: a reference not written <c>AN #N</c>; the fix rewrites it, keeping the link around it.</summary>
    internal sealed class AN1003MalformedReference : IssueRule
    {
        /// <summary>The rule's id.</summary>
        public const string Id = "AN1003";

        /// <inheritdoc/>
        public override RuleInfo Info { get; } = new(Id, "Malformed issue reference", RuleCatalog.ReferenceCategory, RuleSeverity.Warning, "References are written 'AN #N': capital AN, one space, '#', the number without leading zeros.", true)
        {
            Example = "as discussed in AN#7 and AN # 12",
            Fixed = "as discussed in AN #7 and AN #12",
        };

        /// <inheritdoc/>
        public override void Check(RuleContext context, List<Finding> findings)
        {
            foreach (Reference reference in context.Issue.References)
            {
                if (!reference.IsWellFormed)
                {
                    findings.Add(new Finding(
                        Id,
                        context.Issue.Path,
                        reference.Span,
                        $"Reference '{reference.RawText}' is malformed; expected '{reference.CanonicalText}'",
                        new FindingFix($"Write '{reference.CanonicalText}'", new TextEdit(reference.Span.Offset, reference.Span.Length, reference.CanonicalText))));
                }
            }
        }
    }
}
