using System.Collections.Generic;
using NewsletterLinter.Parsing.Configuration;
using NewsletterLinter.Parsing.Corpus;
using NewsletterLinter.Parsing.Model;

namespace NewsletterLinter.Parsing.Rules
{
    /// <summary>AN1001: a reference to an issue neither in the archive nor in the declared external range.</summary>
    internal sealed class AN1001DanglingReference : IssueRule
    {
        /// <summary>The rule's id.</summary>
        public const string Id = "AN1001";

        /// <inheritdoc/>
        public override RuleInfo Info { get; } = new(Id, "Dangling issue reference", RuleCatalog.ReferenceCategory, RuleSeverity.Warning, "A reference 'AN #N' names an issue that is neither in the corpus nor in the declared external range.", false)
        {
            IsCrossFile = true,
            Example = "as before (AN #12), in a project that holds issues 99 and 137 only",
            Fixed = "the same text, with <NewsletterExternalIssues>1-173</NewsletterExternalIssues> declared",
            Options = new[] { RuleOptions.Keys.ExternalIssues },
        };

        /// <inheritdoc/>
        public override void CheckCrossFile(RuleContext context, CorpusIndex index, List<Finding> findings)
        {
            foreach (Reference reference in context.Issue.References)
            {
                int number = reference.Number;
                if ((context.Issue.Number is { } self && number == self) || index.Exists(number, context.Options))
                {
                    continue;
                }

                string known = index.DescribeNumbers();
                string external = context.Options.ExternalIssues is { } range ? $"; external issues: {range}" : "; declare issues kept elsewhere with NewsletterExternalIssues";
                findings.Add(new Finding(
                    Id,
                    context.Issue.Path,
                    reference.Span,
                    $"Reference to AN #{number}: no issue with that number exists in this corpus (known: {known}){external}"));
            }
        }
    }
}
