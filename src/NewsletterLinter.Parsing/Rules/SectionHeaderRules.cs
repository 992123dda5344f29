using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
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
                    string rewritten = Render(header.Name, expected, level);
                    findings.Add(new Finding(
                        RuleIds.MixedHeaderStyles,
                        issue.Path,
                        header.Span,
                        $"Header '{header.Name}' is {StyleName(header.Style)}, but {why}",
                        new FindingFix($"Write the header {StyleName(expected)}", new TextEdit(header.Span.Offset - (header.Span.Column - 1), HeaderLength(header), rewritten))));
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
                    LevelFix(header, expected, $"Make '{header.Name}' a level-{expected} header")));
            }
        }

        /// <summary>AN3002 with no convention: one level per tier within the issue, and subsections one level below sections.</summary>
        private static void CheckLevelsWithin(IssueDocument issue, List<Finding> findings)
        {
            var levels = new Dictionary<SectionTier, int>();
            List<Section> markdownHeaders = OfTier(issue.Headers, tier: null, markdownOnly: true);
            foreach (SectionTier tier in Majority.DistinctKeys(markdownHeaders, h => h.Tier))
            {
                List<Section> headers = OfTier(markdownHeaders, tier, markdownOnly: false);
                int expected = MajorityLevel(headers)!.Value;
                levels[tier] = expected;
                foreach (Section header in headers)
                {
                    if (header.Level == expected)
                    {
                        continue;
                    }

                    string fixTitle = $"Make '{header.Name}' a level-{expected} header";
                    FindingFix? fix = LevelFix(header, expected, fixTitle);
                    findings.Add(new Finding(
                        RuleIds.InconsistentHeadingLevel,
                        issue.Path,
                        header.Span,
                        $"{Capitalize(TierName(tier))} header '{header.Name}' is at level {header.Level}, but the other {TierName(tier)} headers of this issue are at level {expected}",
                        fix));
                }
            }

            // A skipped level: subsections more than one level below their sections. Reported once per issue.
            if (levels.TryGetValue(SectionTier.Section, out int sectionLevel) && levels.TryGetValue(SectionTier.Subsection, out int subsectionLevel) && subsectionLevel > sectionLevel + 1)
            {
                Section first = markdownHeaders.Find(h => h.Tier == SectionTier.Subsection && h.Level == subsectionLevel)!;
                int wanted = sectionLevel + 1;
                findings.Add(new Finding(
                    RuleIds.InconsistentHeadingLevel,
                    issue.Path,
                    first.Span,
                    $"Subsection headers are at level {subsectionLevel} under level-{sectionLevel} sections: level {wanted} is skipped; expected subsections at level {wanted}",
                    LevelFix(first, wanted, $"Make '{first.Name}' a level-{wanted} header")));
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
                        suggestion is null ? null : new FindingFix($"Rename to '{expectedName}'", new TextEdit(header.NameSpan.Offset, header.NameSpan.Length, expectedName))));
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

                int lineStart = header.Span.Offset - (header.Span.Column - 1);
                string line = header.RawText;
                int nameStart = header.NameSpan.Offset - lineStart;
                string fixedLine = nameStart >= 0 && nameStart + header.NameSpan.Length <= line.Length
                    ? line.Substring(0, nameStart) + expected + line.Substring(nameStart + header.NameSpan.Length)
                    : expected;
                fixedLine = header.Style == HeaderStyle.Atx ? NormalizeAtx(fixedLine) : fixedLine.Trim();
                findings.Add(new Finding(
                    RuleIds.HeaderSpelling,
                    issue.Path,
                    header.NameSpan,
                    problem,
                    new FindingFix($"Write '{expected}'", new TextEdit(lineStart, line.Length, fixedLine))));
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

        private static FindingFix? LevelFix(Section header, int level, string title)
        {
            int lineStart = header.Span.Offset - (header.Span.Column - 1);
            if (header.Style == HeaderStyle.Atx)
            {
                string line = header.RawText;
                int indent = line.Length - line.TrimStart().Length;
                int hashes = 0;
                while (indent + hashes < line.Length && line[indent + hashes] == '#')
                {
                    hashes++;
                }

                return new FindingFix(title, new TextEdit(lineStart + indent, hashes, new string('#', level)));
            }

            if (header.Style == HeaderStyle.Setext && level <= 2)
            {
                return new FindingFix(title, new TextEdit(lineStart, HeaderLength(header), Render(header.RawText.Trim(), HeaderStyle.Setext, level)));
            }

            if (header.Style == HeaderStyle.Setext)
            {
                return new FindingFix(title, new TextEdit(lineStart, HeaderLength(header), new string('#', level) + " " + header.RawText.Trim()));
            }

            return null;
        }

        /// <summary>The length of the header's text from its line start, underline included.</summary>
        private static int HeaderLength(Section header)
        {
            int lineStart = header.Span.Offset - (header.Span.Column - 1);
            int end = header.Span.End;
            return end - lineStart;
        }

        /// <summary>One space between the <c>#</c> marks and the text, none at the end.</summary>
        private static string NormalizeAtx(string line)
        {
            string trimmed = line.Trim();
            int hashes = 0;
            while (hashes < trimmed.Length && trimmed[hashes] == '#')
            {
                hashes++;
            }

            return trimmed.Substring(0, hashes) + " " + trimmed.Substring(hashes).Trim();
        }

        /// <summary>The header written in a style at a level.</summary>
        internal static string Render(string name, HeaderStyle style, int level) => style switch
        {
            HeaderStyle.Setext => name + "\n" + new string(level <= 1 ? '=' : '-', Math.Max(3, name.Length)),
            HeaderStyle.Atx => new string('#', Math.Max(1, Math.Min(6, level))) + " " + name,
            HeaderStyle.BoldParagraph => "**" + name + "**",
            _ => name,
        };

        /// <summary>The name as written in the file, emphasis removed but white space kept.</summary>
        private static string WrittenName(Section header)
        {
            int lineStart = header.Span.Offset - (header.Span.Column - 1);
            int nameStart = header.NameSpan.Offset - lineStart;
            if (nameStart >= 0 && nameStart + header.NameSpan.Length <= header.RawText.Length)
            {
                string written = header.RawText.Substring(nameStart, header.NameSpan.Length);
                if (written.IndexOf('*') < 0 && written.IndexOf('_') < 0)
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

            string line = header.RawText.TrimEnd('\r');
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
