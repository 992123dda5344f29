using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NewsletterLinter.Parsing.Fixing;
using NewsletterLinter.Parsing.Model;
using NewsletterLinter.Parsing.Taxonomy;

namespace NewsletterLinter.Parsing.Rules
{
    /// <summary>AN3001-AN3007: section and subsection headers.</summary>
    internal static class SectionHeaderRules
    {
        /// <summary>The header rules that need only the issue: AN3001, AN3003-AN3007.</summary>
        public static void CheckLocal(IssueDocument issue, RuleOptions options, List<Finding> findings)
        {
            if (!IsStructuredAsIssue(issue))
            {
                return;
            }

            SectionTaxonomy taxonomy = options.Taxonomy;
            CheckStyles(issue, options, findings);
            CheckNames(issue, taxonomy, findings);
            CheckParents(issue, taxonomy, findings);
            CheckDuplicates(issue, findings);
            CheckOrder(issue, taxonomy, findings);
        }

        /// <summary>AN3002, which holds each issue to the heading conventions of the corpus.</summary>
        public static void CheckCrossFile(IssueDocument issue, CorpusIndex index, RuleOptions options, List<Finding> findings)
        {
            if (IsStructuredAsIssue(issue))
            {
                CheckLevels(issue, options.HeadingLevels ?? index.HeadingConventions, findings);
            }
        }

        /// <summary>
        /// Mostly unknown headers: the document is not structured as an issue (a retrospective, an
        /// essay); the newsletter's section rules do not apply to it.
        /// </summary>
        private static bool IsStructuredAsIssue(IssueDocument issue)
        {
            IReadOnlyList<Section> headers = issue.Headers;
            int known = 0;
            foreach (Section header in headers)
            {
                if (header.IsKnown)
                {
                    known++;
                }
            }

            return headers.Count > 0 && known >= headers.Count - known;
        }

        private static void CheckStyles(IssueDocument issue, RuleOptions options, List<Finding> findings)
        {
            foreach (SectionTier tier in Majority.DistinctKeys(issue.Headers, h => h.Tier))
            {
                List<Section> headers = OfTier(issue.Headers, tier, markdownOnly: false);
                HeaderStyle expected = options.HeaderStyle switch
                {
                    HeaderStylePolicy.Setext => HeaderStyle.Setext,
                    HeaderStylePolicy.Atx => HeaderStyle.Atx,
                    HeaderStylePolicy.Plain => HeaderStyle.PlainCapitals,
                    _ => Majority.Of(headers, h => h.Style),
                };

                int expectedLevel = MajorityLevel(OfTier(headers, tier: null, markdownOnly: true)) ?? DefaultLevel(tier);
                foreach (Section header in headers)
                {
                    if (header.Style == expected)
                    {
                        continue;
                    }

                    if (expected == HeaderStyle.Setext && header.Style == HeaderStyle.Atx && header.Level > 2)
                    {
                        // Setext cannot write a third level; ATX stands in for it.
                        continue;
                    }

                    string why = options.HeaderStyle == HeaderStylePolicy.Consistent
                        ? $"the other {TierName(tier)} headers of this issue are {StyleName(expected)}"
                        : $"NewsletterHeaderStyle is {options.HeaderStyle.ToString().ToLowerInvariant()}";
                    int level = expected == HeaderStyle.Setext ? Math.Min(2, expectedLevel) : expectedLevel;
                    findings.Add(new Finding(
                        RuleIds.MixedHeaderStyles,
                        issue.Path,
                        header.Span,
                        $"Header '{header.Name}' is {StyleName(header.Style)}, but {why}",
                        HeaderFixes.Style(header, expected, level, $"Write the header {StyleName(expected)}")));
                }
            }
        }

        /// <summary>
        /// AN3002 where the archive keeps conventions: every setext or ATX header at the level of the
        /// convention the issue follows (or, when it follows none, the nearest one).
        /// </summary>
        private static void CheckLevels(IssueDocument issue, HeadingConventions conventions, List<Finding> findings)
        {
            HeadingLayout? convention = conventions.For(issue, HeadingLayout.Of(issue));
            if (convention is null)
            {
                CheckLevelsWithin(issue, findings);
                return;
            }

            foreach (Section header in issue.Headers)
            {
                if (!IsMarkdownHeading(header) || convention.LevelFor(header.Tier, header.CanonicalName) is not { } expected || header.Level == expected)
                {
                    continue;
                }

                findings.Add(new Finding(
                    RuleIds.InconsistentHeadingLevel,
                    issue.Path,
                    header.Span,
                    $"{Capitalize(TierName(header.Tier))} header '{header.Name}' is at level {header.Level}, but {conventions.Describe(convention)} puts it at level {expected}",
                    HeaderFixes.Level(header, expected, $"Make '{header.Name}' a level-{expected} header")));
            }
        }

        /// <summary>AN3002 with no convention: one level per tier within the issue, and subsections one level below sections.</summary>
        private static void CheckLevelsWithin(IssueDocument issue, List<Finding> findings)
        {
            List<Section> markdownHeaders = OfTier(issue.Headers, tier: null, markdownOnly: true);
            var levels = new Dictionary<SectionTier, int>();
            foreach (SectionTier tier in Majority.DistinctKeys(markdownHeaders, h => h.Tier))
            {
                levels[tier] = MajorityLevel(OfTier(markdownHeaders, tier, markdownOnly: false))!.Value;
            }

            // A skipped level: subsections more than one level below their sections. Every subsection
            // then belongs one level below the sections, so that one repair reaches a consistent issue.
            int? skipped = null;
            if (levels.TryGetValue(SectionTier.Section, out int sectionLevel) && levels.TryGetValue(SectionTier.Subsection, out int subsectionLevel) && subsectionLevel > sectionLevel + 1)
            {
                skipped = subsectionLevel;
                levels[SectionTier.Subsection] = sectionLevel + 1;
            }

            foreach (Section header in markdownHeaders)
            {
                int expected = levels[header.Tier];
                if (header.Level == expected)
                {
                    continue;
                }

                string message = header.Tier == SectionTier.Subsection && header.Level == skipped
                    ? $"Subsection headers are at level {skipped} under level-{sectionLevel} sections: level {expected} is skipped; expected subsections at level {expected}"
                    : $"{Capitalize(TierName(header.Tier))} header '{header.Name}' is at level {header.Level}, but the other {TierName(header.Tier)} headers of this issue are at level {expected}";
                findings.Add(new Finding(
                    RuleIds.InconsistentHeadingLevel,
                    issue.Path,
                    header.Span,
                    message,
                    HeaderFixes.Level(header, expected, $"Make '{header.Name}' a level-{expected} header")));
            }
        }

        private static void CheckNames(IssueDocument issue, SectionTaxonomy taxonomy, List<Finding> findings)
        {
            // The issue's casing convention: capitals or sentence case, whichever its known headers
            // mostly use. Each known header's entry and written name are looked up once, here.
            int capitals = 0, sentence = 0;
            var known = new (TaxonomyEntry Entry, string Written)[issue.Headers.Count];
            for (int i = 0; i < known.Length; i++)
            {
                Section header = issue.Headers[i];
                if (!header.IsKnown)
                {
                    continue;
                }

                TaxonomyEntry entry = taxonomy.Find(header.Name)!;
                string written = WrittenName(header);
                known[i] = (entry, written);
                if (written == entry.Name)
                {
                    capitals++;
                }
                else if (written == entry.SentenceCase)
                {
                    sentence++;
                }
            }

            bool useCapitals = capitals >= sentence;
            for (int i = 0; i < known.Length; i++)
            {
                Section header = issue.Headers[i];
                if (!header.IsKnown)
                {
                    TaxonomyEntry? suggestion = taxonomy.Suggest(header.Name);
                    string expectedName = suggestion is null ? string.Empty : (useCapitals ? suggestion.Name : suggestion.SentenceCase);
                    findings.Add(new Finding(
                        RuleIds.UnknownSection,
                        issue.Path,
                        header.NameSpan,
                        suggestion is null
                            ? $"Unknown section '{header.Name}'; the taxonomy knows no such section or subsection (add it to a taxonomy file, or use a known name)"
                            : $"Unknown section '{header.Name}'; did you mean '{expectedName}'?",
                        suggestion is null ? null : HeaderFixes.Rename(header, expectedName, $"Rename to '{expectedName}'")));
                    continue;
                }

                (TaxonomyEntry entryOf, string writtenName) = known[i];
                string expected = useCapitals ? entryOf.Name : entryOf.SentenceCase;
                bool strayWhitespace = HasStrayWhitespace(header, writtenName);
                bool acceptedSpelling = writtenName == entryOf.Name || writtenName == entryOf.SentenceCase;
                if (acceptedSpelling && writtenName == expected && !strayWhitespace)
                {
                    continue;
                }

                string problem;
                if (!acceptedSpelling)
                {
                    problem = $"Header '{writtenName}' is not spelled as in the taxonomy; expected '{expected}'";
                }
                else if (writtenName != expected)
                {
                    problem = $"Header '{writtenName}' is in {(useCapitals ? "sentence case" : "capitals")} while this issue's headers are in {(useCapitals ? "capitals" : "sentence case")}; expected '{expected}'";
                }
                else
                {
                    problem = $"Header '{writtenName}' has stray white space around or inside its name";
                }

                findings.Add(new Finding(
                    RuleIds.HeaderSpelling,
                    issue.Path,
                    header.NameSpan,
                    problem,
                    HeaderFixes.Respell(header, expected, $"Write '{expected}'")));
            }
        }

        private static void CheckParents(IssueDocument issue, SectionTaxonomy taxonomy, List<Finding> findings)
        {
            foreach (Section section in issue.Sections)
            {
                TaxonomyEntry? sectionEntry = section.CanonicalName is null ? null : taxonomy.Find(section.CanonicalName);
                if (section.Tier == SectionTier.Subsection)
                {
                    if (section.IsKnown)
                    {
                        TaxonomyEntry entry = taxonomy.Find(section.CanonicalName!)!;
                        findings.Add(new Finding(
                            RuleIds.MisplacedSubsection,
                            issue.Path,
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
                            RuleIds.MisplacedSubsection,
                            issue.Path,
                            subsection.NameSpan,
                            $"Subsection '{subsection.Name}' is under '{section.Name}', but it belongs under {Parents(entry)}"));
                    }
                }
            }
        }

        private static void CheckDuplicates(IssueDocument issue, List<Finding> findings)
        {
            var seen = new Dictionary<string, Section>(StringComparer.Ordinal);
            foreach (Section section in issue.Sections)
            {
                string key = section.CanonicalName ?? SectionTaxonomy.Key(section.Name);
                if (seen.TryGetValue(key, out Section? first))
                {
                    findings.Add(new Finding(
                        RuleIds.DuplicateSection,
                        issue.Path,
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
                            RuleIds.DuplicateSection,
                            issue.Path,
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

        private static void CheckOrder(IssueDocument issue, SectionTaxonomy taxonomy, List<Finding> findings)
        {
            TaxonomyEntry? latest = null;
            Section? latestHeader = null;
            foreach (Section section in issue.Sections)
            {
                if (section.Tier == SectionTier.Subsection || !section.IsKnown)
                {
                    continue;
                }

                TaxonomyEntry entry = taxonomy.Find(section.CanonicalName!)!;
                if (latest is not null && entry.Order < latest.Order)
                {
                    findings.Add(new Finding(
                        RuleIds.SectionOrder,
                        issue.Path,
                        section.NameSpan,
                        $"Section '{section.Name}' comes after '{latestHeader!.Name}', but the canonical order puts {entry.Name} before {latest.Name}"));
                    continue;
                }

                latest = entry;
                latestHeader = section;
            }
        }

        /// <summary>The name as written in the file, emphasis removed but white space kept.</summary>
        private static string WrittenName(Section header)
        {
            int lineStart = header.Span.Offset - (header.Span.Column - 1);
            int nameStart = header.NameSpan.Offset - lineStart;
            if (nameStart >= 0 && nameStart + header.NameSpan.Length <= header.RawText.Length)
            {
                string written = header.RawText.Substring(nameStart, header.NameSpan.Length);
                if (!HeaderText.HasInlineMarkup(written))
                {
                    return written;
                }
            }

            return header.Name;
        }

        private static bool HasStrayWhitespace(Section header, string writtenName)
        {
            if (writtenName.IndexOf("  ", StringComparison.Ordinal) >= 0 || writtenName.IndexOf('\u00A0') >= 0)
            {
                return true;
            }

            string line = header.RawText;
            int newline = line.IndexOf('\n');
            line = (newline < 0 ? line : line.Substring(0, newline)).TrimEnd('\r');
            return header.Style switch
            {
                HeaderStyle.Atx => line.TrimStart('#').StartsWith("  ", StringComparison.Ordinal) || line.Length != line.TrimEnd().Length,
                _ => line.Length != line.Trim().Length,
            };
        }

        private static int? MajorityLevel(List<Section> headers)
            => headers.Count == 0 ? null : Majority.Of(headers, h => h.Level);

        private static bool IsMarkdownHeading(Section header) => header.Style is HeaderStyle.Setext or HeaderStyle.Atx;

        /// <summary>The headers of a tier (any tier when null), in order; only setext and ATX headings when <paramref name="markdownOnly"/>.</summary>
        private static List<Section> OfTier(IReadOnlyList<Section> headers, SectionTier? tier, bool markdownOnly)
        {
            var result = new List<Section>();
            foreach (Section header in headers)
            {
                if ((tier is null || header.Tier == tier) && (!markdownOnly || IsMarkdownHeading(header)))
                {
                    result.Add(header);
                }
            }

            return result;
        }

        private static int DefaultLevel(SectionTier tier) => tier == SectionTier.Subsection ? 2 : 1;

        private static string Parents(TaxonomyEntry entry)
            => entry.Parents.Count == 0 ? "a section" : string.Join(" or ", entry.Parents.Select(p => "'" + p + "'"));

        private static string TierName(SectionTier tier) => tier switch
        {
            SectionTier.Section => "section",
            SectionTier.Subsection => "subsection",
            _ => "footer",
        };

        private static string StyleName(HeaderStyle style) => style switch
        {
            HeaderStyle.Setext => "setext (underlined)",
            HeaderStyle.Atx => "ATX ('#')",
            HeaderStyle.BoldParagraph => "a bold paragraph",
            _ => "a plain line",
        };

        private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpper(text[0], CultureInfo.InvariantCulture) + text.Substring(1);
    }
}
