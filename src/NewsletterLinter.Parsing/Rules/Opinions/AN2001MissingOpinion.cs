using System;
using System.Collections.Generic;
using System.Linq;
using NewsletterLinter.Parsing.Configuration;
using NewsletterLinter.Parsing.Model;
using NewsletterLinter.Parsing.Taxonomy;

namespace NewsletterLinter.Parsing.Rules
{
    /// <summary>AN2001: a summary in a section that requires an opinion has none.</summary>
    internal sealed class AN2001MissingOpinion : IssueRule
    {
        /// <summary>The rule's id.</summary>
        public const string Id = "AN2001";

        /// <inheritdoc/>
        public override RuleInfo Info { get; } = new(Id, "Missing opinion", RuleCatalog.OpinionCategory, RuleSeverity.Warning, "Summaries in sections that require an opinion (by default HIGHLIGHTS) need at least one.", false)
        {
            Example = "# HIGHLIGHTS\n\n**[A Paper](https://example.org)** *(Ann Lee)* (summarized by Rohin): The paper ...",
            Fixed = "# HIGHLIGHTS\n\n**[A Paper](https://example.org)** *(Ann Lee)* (summarized by Rohin): The paper ...\n\n**Rohin's opinion:** Worth reading.",
            Options = new[] { RuleOptions.Keys.OpinionSections, RuleOptions.Keys.Editor },
        };

        /// <inheritdoc/>
        public override void Check(RuleContext context, List<Finding> findings)
        {
            RuleOptions options = context.Options;
            var required = new HashSet<string>(StringComparer.Ordinal);
            foreach (string section in options.OpinionSections)
            {
                required.Add(SectionTaxonomy.Key(section));
            }

            // Summaries follow one another section by section: whether an opinion is required is
            // asked again of the same section and subsection far more often than of a new one.
            bool asked = false;
            string? askedSection = null;
            string? askedSubsection = null;
            bool requiresOpinion = false;
            foreach (Summary summary in context.Issue.Summaries)
            {
                if (!summary.Opinions.IsEmpty)
                {
                    continue;
                }

                if (!asked || summary.Section != askedSection || summary.Subsection != askedSubsection)
                {
                    (asked, askedSection, askedSubsection) = (true, summary.Section, summary.Subsection);
                    requiresOpinion = RequiresOpinion(summary, options, required);
                }

                if (requiresOpinion)
                {
                    findings.Add(new Finding(
                        Id,
                        context.Issue.Path,
                        summary.TitleSpan,
                        $"Summary '{Shorten(summary.Title)}' in {summary.Section} has no opinion; summaries in {string.Join(", ", required.OrderBy(s => s, StringComparer.Ordinal))} need one, such as '{options.EditorName}'s opinion: ...'"));
                }
            }
        }

        private static bool RequiresOpinion(Summary summary, RuleOptions options, HashSet<string> required)
        {
            if (summary.Section is null)
            {
                return false;
            }

            bool inRequired = required.Contains(SectionTaxonomy.Key(summary.Section))
                || (summary.Subsection is not null && required.Contains(SectionTaxonomy.Key(summary.Subsection)));
            TaxonomyEntry? entry = options.Taxonomy.Find(summary.Section);
            inRequired |= entry is not null && required.Contains(entry.Name);
            return inRequired;
        }

        private static string Shorten(string text) => text.Length <= 60 ? text : text.Substring(0, 57) + "...";
    }
}
