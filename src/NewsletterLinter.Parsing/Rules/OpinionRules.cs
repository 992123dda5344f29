using System;
using System.Collections.Generic;
using System.Linq;
using NewsletterLinter.Parsing.Model;
using NewsletterLinter.Parsing.Taxonomy;

namespace NewsletterLinter.Parsing.Rules
{
    /// <summary>AN2001-AN2005: opinions on summaries.</summary>
    internal static class OpinionRules
    {
        public static void Check(IssueDocument issue, RuleOptions options, List<Finding> findings)
        {
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
            foreach (Summary summary in issue.Summaries)
            {
                if (summary.Opinions.IsEmpty)
                {
                    if (!asked || summary.Section != askedSection || summary.Subsection != askedSubsection)
                    {
                        (asked, askedSection, askedSubsection) = (true, summary.Section, summary.Subsection);
                        requiresOpinion = RequiresOpinion(summary, options, required);
                    }

                    if (requiresOpinion)
                    {
                        findings.Add(new Finding(
                            RuleIds.MissingOpinion,
                            issue.Path,
                            summary.TitleSpan,
                            $"Summary '{Shorten(summary.Title)}' in {summary.Section} has no opinion; summaries in {string.Join(", ", required.OrderBy(s => s, StringComparer.Ordinal))} need one, such as '{options.EditorName}'s opinion: ...'"));
                    }
                }

                if (summary.Opinions.Count < 2)
                {
                    continue;
                }

                var seen = new Dictionary<string, Opinion>(StringComparer.OrdinalIgnoreCase);
                foreach (Opinion opinion in summary.Opinions)
                {
                    if (seen.TryGetValue(opinion.Author, out Opinion? first))
                    {
                        findings.Add(new Finding(
                            RuleIds.DuplicateOpinion,
                            issue.Path,
                            opinion.LabelSpan,
                            $"{opinion.Author} already gave an opinion on '{Shorten(summary.Title)}' at line {first.LabelSpan.Line}; merge the two opinions"));
                    }
                    else
                    {
                        seen[opinion.Author] = opinion;
                    }
                }
            }

            foreach (Opinion orphan in issue.OrphanOpinions)
            {
                findings.Add(new Finding(
                    RuleIds.OrphanOpinion,
                    issue.Path,
                    orphan.LabelSpan,
                    $"'{orphan.Label}' follows no summary in its section; an opinion goes right after the summary it is about"));
            }

            foreach (Opinion opinion in issue.AllOpinions)
            {
                if (opinion.IsBlank)
                {
                    findings.Add(new Finding(
                        RuleIds.EmptyOpinion,
                        issue.Path,
                        opinion.LabelSpan,
                        $"'{opinion.Label}' has no text; write the opinion or remove the label"));
                }

                if (!opinion.IsLabelWellFormed)
                {
                    string canonical = CanonicalLabel(opinion);
                    string replacement = Rewrite(opinion.RawLabel, canonical);
                    findings.Add(new Finding(
                        RuleIds.MalformedOpinionLabel,
                        issue.Path,
                        opinion.LabelSpan,
                        $"Opinion label '{opinion.Label}' is malformed; expected '{canonical}'",
                        new FindingFix($"Write '{canonical}'", new TextEdit(opinion.LabelSpan.Offset, opinion.LabelSpan.Length, replacement))));
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

        /// <summary>The label as it should be written.</summary>
        internal static string CanonicalLabel(Opinion opinion) => opinion.Kind switch
        {
            OpinionKind.Mine => "My opinion:",
            OpinionKind.ShouldYouReadIt => "Should you read it?",
            _ => Capitalize(opinion.Author) + "'s opinion:",
        };

        /// <summary>Replaces the plain label inside the raw one, keeping the emphasis markers around it.</summary>
        private static string Rewrite(string raw, string canonical)
        {
            int start = 0;
            while (start < raw.Length && (raw[start] == '*' || raw[start] == '_'))
            {
                start++;
            }

            int end = raw.Length;
            while (end > start && (raw[end - 1] == '*' || raw[end - 1] == '_' || raw[end - 1] == ':' || char.IsWhiteSpace(raw[end - 1])))
            {
                end--;
            }

            string prefix = raw.Substring(0, start);
            string suffix = raw.Substring(end).Replace(":", string.Empty).TrimStart();
            string body = canonical.EndsWith(":", StringComparison.Ordinal) ? canonical.Substring(0, canonical.Length - 1) : canonical;
            string colon = canonical.EndsWith(":", StringComparison.Ordinal) ? ":" : string.Empty;

            // "**Rohins opinion**:" becomes "**Rohin's opinion:**": the colon goes inside the markers.
            return prefix + body + colon + suffix;
        }

        private static string Capitalize(string name) => name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name.Substring(1);

        private static string Shorten(string text) => text.Length <= 60 ? text : text.Substring(0, 57) + "...";
    }
}
