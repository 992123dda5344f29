using System.Collections.Generic;
using NewsletterLinter.Parsing.Configuration;
using NewsletterLinter.Parsing.Model;
using NewsletterLinter.Parsing.Taxonomy;
using static NewsletterLinter.Parsing.Rules.HeaderFacts;

namespace NewsletterLinter.Parsing.Rules
{
    /// <summary>AN3004: a subsection under a section the taxonomy does not allow for it, or under none.</summary>
    internal sealed class AN3004MisplacedSubsection : IssueRule
    {
        /// <summary>The rule's id.</summary>
        public const string Id = "AN3004";

        /// <inheritdoc/>
        public override RuleInfo Info { get; } = new(Id, "Subsection under the wrong section", RuleCatalog.SectionHeaderCategory, RuleSeverity.Warning, "Each subsection belongs under the sections the taxonomy allows, such as ROBUSTNESS under TECHNICAL AI ALIGNMENT.", false)
        {
            Example = "# NEWS\n\n## ROBUSTNESS",
            Fixed = "# TECHNICAL AI ALIGNMENT\n\n## ROBUSTNESS",
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
            foreach (Section section in context.Issue.Sections)
            {
                TaxonomyEntry? sectionEntry = section.CanonicalName is null ? null : taxonomy.Find(section.CanonicalName);
                if (section.Tier == SectionTier.Subsection)
                {
                    if (section.IsKnown)
                    {
                        TaxonomyEntry entry = taxonomy.Find(section.CanonicalName!)!;
                        findings.Add(new Finding(
                            Id,
                            context.Issue.Path,
                            section.NameSpan,
                            $"Subsection '{section.Name}' stands under no section; expected it under {Parents(entry)}"));
                    }

                    continue;
                }

                if (sectionEntry is null)
                {
                    continue;
                }

                foreach (Section subsection in section.Subsections)
                {
                    if (!subsection.IsKnown)
                    {
                        continue;
                    }

                    TaxonomyEntry entry = taxonomy.Find(subsection.CanonicalName!)!;
                    if (!taxonomy.AllowsParent(entry, sectionEntry))
                    {
                        findings.Add(new Finding(
                            Id,
                            context.Issue.Path,
                            subsection.NameSpan,
                            $"Subsection '{subsection.Name}' is under '{section.Name}', but it belongs under {Parents(entry)}"));
                    }
                }
            }
        }
    }
}
