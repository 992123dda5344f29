using System;
using System.Collections.Generic;
using NewsletterLinter.Parsing.Configuration;
using NewsletterLinter.Parsing.Model;
using NewsletterLinter.Parsing.Taxonomy;

namespace NewsletterLinter.Parsing.Rules
{
    /// <summary>AN3006: a section twice in one issue, or a subsection twice in one section.</summary>
    internal sealed class AN3006DuplicateSection : IssueRule
    {
        /// <summary>The rule's id.</summary>
        public const string Id = "AN3006";

        /// <inheritdoc/>
        public override RuleInfo Info { get; } = new(Id, "Section appears twice", RuleCatalog.SectionHeaderCategory, RuleSeverity.Warning, "Each section appears once per issue, and each subsection once per section.", false)
        {
            Example = "# NEWS\n...\n# NEWS",
            Fixed = "# NEWS (once, holding both parts)",
            Options = new[] { RuleOptions.Keys.TaxonomyFile },
        };

        /// <inheritdoc/>
        public override void Check(RuleContext context, List<Finding> findings)
        {
            if (!context.IsStructuredAsIssue)
            {
                return;
            }

            var seen = new Dictionary<string, Section>(StringComparer.Ordinal);
            foreach (Section section in context.Issue.Sections)
            {
                string key = section.CanonicalName ?? SectionTaxonomy.Key(section.Name);
                if (seen.TryGetValue(key, out Section? first))
                {
                    findings.Add(new Finding(
                        Id,
                        context.Issue.Path,
                        section.NameSpan,
                        $"Section '{section.Name}' already appears at line {first.Line}; each section appears once per issue"));
                }
                else
                {
                    seen[key] = section;
                }

                var subsections = new Dictionary<string, Section>(StringComparer.Ordinal);
                foreach (Section subsection in section.Subsections)
                {
                    string subKey = subsection.CanonicalName ?? SectionTaxonomy.Key(subsection.Name);
                    if (subsections.TryGetValue(subKey, out Section? firstSub))
                    {
                        findings.Add(new Finding(
                            Id,
                            context.Issue.Path,
                            subsection.NameSpan,
                            $"Subsection '{subsection.Name}' already appears under '{section.Name}' at line {firstSub.Line}; each subsection appears once per section"));
                    }
                    else
                    {
                        subsections[subKey] = subsection;
                    }
                }
            }
        }
    }
}
