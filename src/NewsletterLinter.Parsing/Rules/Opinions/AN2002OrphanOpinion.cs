using System.Collections.Generic;
using NewsletterLinter.Parsing.Configuration;
using NewsletterLinter.Parsing.Model;

namespace NewsletterLinter.Parsing.Rules
{
    /// <summary>AN2002: an opinion with no summary before it in its section.</summary>
    internal sealed class AN2002OrphanOpinion : IssueRule
    {
        /// <summary>The rule's id.</summary>
        public const string Id = "AN2002";

        /// <inheritdoc/>
        public override RuleInfo Info { get; } = new(Id, "Orphan opinion", RuleCatalog.OpinionCategory, RuleSeverity.Warning, "An opinion must follow the summary it is about, in the same section.", false)
        {
            Example = "# NEWS\n\n**Rohin's opinion:** A fine paper.",
            Fixed = "# NEWS\n\n**[A Paper](https://example.org)** (summarized by Rohin): The paper ...\n\n**Rohin's opinion:** A fine paper.",
            Options = new[] { RuleOptions.Keys.Editor },
        };

        /// <inheritdoc/>
        public override void Check(RuleContext context, List<Finding> findings)
        {
            foreach (Opinion orphan in context.Issue.OrphanOpinions)
            {
                findings.Add(new Finding(
                    Id,
                    context.Issue.Path,
                    orphan.LabelSpan,
                    $"'{orphan.Label}' follows no summary in its section; an opinion goes right after the summary it is about"));
            }
        }
    }
}
