using System.Collections.Generic;
using NewsletterLinter.Parsing.Model;

namespace NewsletterLinter.Parsing.Rules
{
    /// <summary>AN2004: an opinion label with no text after it.</summary>
    internal sealed class AN2004EmptyOpinion : IssueRule
    {
        /// <summary>The rule's id.</summary>
        public const string Id = "AN2004";

        /// <inheritdoc/>
        public override RuleInfo Info { get; } = new(Id, "Empty opinion", RuleCatalog.OpinionCategory, RuleSeverity.Warning, "An opinion label with no text after it.", false)
        {
            Example = "**Rohin's opinion:**",
            Fixed = "**Rohin's opinion:** What the summary misses.",
        };

        /// <inheritdoc/>
        public override void Check(RuleContext context, List<Finding> findings)
        {
            foreach (Opinion opinion in context.Issue.AllOpinions)
            {
                if (opinion.IsBlank)
                {
                    findings.Add(new Finding(
                        Id,
                        context.Issue.Path,
                        opinion.LabelSpan,
                        $"'{opinion.Label}' has no text; write the opinion or remove the label"));
                }
            }
        }
    }
}
