using System.Collections.Generic;
using NewsletterLinter.Parsing.Configuration;
using NewsletterLinter.Parsing.Model;
using NewsletterLinter.Parsing.Taxonomy;

namespace NewsletterLinter.Parsing.Rules
{
    /// <summary>AN3007: sections out of the taxonomy's canonical order.</summary>
    internal sealed class AN3007SectionOrder : IssueRule
    {
        /// <summary>The rule's id.</summary>
        public const string Id = "AN3007";

        /// <inheritdoc/>
        public override RuleInfo Info { get; } = new(Id, "Sections out of canonical order", RuleCatalog.SectionHeaderCategory, RuleSeverity.Suggestion, "Sections follow the newsletter's canonical order: HIGHLIGHTS, TECHNICAL AI ALIGNMENT, ..., NEWS, FEEDBACK, PODCAST.", false)
        {
            Example = "# NEWS\n...\n# TECHNICAL AI ALIGNMENT",
            Fixed = "# TECHNICAL AI ALIGNMENT\n...\n# NEWS",
            Options = new[] { RuleOptions.Keys.TaxonomyFile },
        };

        /// <inheritdoc/>
        public override void Check(RuleContext context, List<Finding> findings)
        {
            if (!context.IsStructuredAsIssue)
            {
                return;
            }

            SectionTaxonomy taxonomy = context.Options.Taxonomy;
            TaxonomyEntry? latest = null;
            Section? latestHeader = null;
            foreach (Section section in context.Issue.Sections)
            {
                if (section.Tier == SectionTier.Subsection || !section.IsKnown)
                {
                    continue;
                }

                TaxonomyEntry entry = taxonomy.Find(section.CanonicalName!)!;
                if (latest is not null && entry.Order < latest.Order)
                {
                    findings.Add(new Finding(
                        Id,
                        context.Issue.Path,
                        section.NameSpan,
                        $"Section '{section.Name}' comes after '{latestHeader!.Name}', but the canonical order puts {entry.Name} before {latest.Name}"));
                    continue;
                }

                latest = entry;
                latestHeader = section;
            }
        }
    }
}
