using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NewsletterLinter.Parsing.Model;
using NewsletterLinter.Parsing.Rules;

namespace NewsletterLinter.Parsing.Corpus
{
    /// <summary>
    /// The Markdown levels at which one issue writes its headers: HIGHLIGHTS, the other sections and
    /// the subsections (setext and ATX headers only; null where the issue has none). The newsletter
    /// kept two layouts over its life (HIGHLIGHTS at 2, sections at 1, subsections at 3 in the early
    /// issues; everything one level apart later); a layout most issues of the archive share is a
    /// convention, not a finding.
    /// </summary>
    /// <param name="Highlights">The level of the HIGHLIGHTS header.</param>
    /// <param name="Sections">The level most other sections take.</param>
    /// <param name="Subsections">The level most subsections take.</param>
    internal sealed record HeadingLayout(int? Highlights, int? Sections, int? Subsections)
    {
        /// <summary>The issue's layout; null when it has no setext or ATX section or subsection header.</summary>
        public static HeadingLayout? Of(IssueDocument issue)
        {
            int? highlights = null;
            var sections = new List<int>();
            var subsections = new List<int>();
            foreach (Section header in issue.Headers)
            {
                if (header.Style is not (HeaderStyle.Setext or HeaderStyle.Atx))
                {
                    continue;
                }

                if (header.Tier == SectionTier.Subsection)
                {
                    subsections.Add(header.Level);
                }
                else if (header.Tier == SectionTier.Section && header.CanonicalName == "HIGHLIGHTS")
                {
                    highlights ??= header.Level;
                }
                else if (header.Tier == SectionTier.Section)
                {
                    sections.Add(header.Level);
                }
            }

            var layout = new HeadingLayout(highlights, Mode(sections), Mode(subsections));
            return layout.Highlights is null && layout.Sections is null && layout.Subsections is null ? null : layout;
        }

        /// <summary>The level a header of <paramref name="tier"/> named <paramref name="canonicalName"/> takes in this layout, if the layout says.</summary>
        public int? LevelFor(SectionTier tier, string? canonicalName) => tier switch
        {
            SectionTier.Subsection => Subsections,
            SectionTier.Section when canonicalName == "HIGHLIGHTS" => Highlights ?? Sections,
            SectionTier.Section => Sections,
            _ => null,
        };

        /// <summary>Whether every level this layout has is the level <paramref name="convention"/> expects.</summary>
        public bool FitsIn(HeadingLayout convention)
            => Fits(Highlights, convention.Highlights ?? convention.Sections) && Fits(Sections, convention.Sections) && Fits(Subsections, convention.Subsections);

        private static bool Fits(int? mine, int? expected) => mine is null || expected is null || mine == expected;

        /// <inheritdoc/>
        public override string ToString()
        {
            var parts = new List<string>();
            if (Highlights is { } h)
            {
                parts.Add("highlights=" + h.ToString(CultureInfo.InvariantCulture));
            }

            if (Sections is { } s)
            {
                parts.Add("sections=" + s.ToString(CultureInfo.InvariantCulture));
            }

            if (Subsections is { } b)
            {
                parts.Add("subsections=" + b.ToString(CultureInfo.InvariantCulture));
            }

            return string.Join(",", parts);
        }

        /// <summary>Reads <c>highlights=2,sections=1,subsections=3</c>; null when the text is not a layout.</summary>
        public static HeadingLayout? Parse(string text)
        {
            int? highlights = null, sections = null, subsections = null;
            foreach (string part in text.Split(new[] { ',' }, StringSplitOptions.RemoveEmptyEntries))
            {
                string[] pair = part.Split('=');
                if (pair.Length != 2 || !int.TryParse(pair[1].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int level) || level is < 1 or > 6)
                {
                    return null;
                }

                switch (pair[0].Trim().ToLowerInvariant())
                {
                    case "highlights": highlights = level; break;
                    case "sections": sections = level; break;
                    case "subsections": subsections = level; break;
                    default: return null;
                }
            }

            return highlights is null && sections is null && subsections is null ? null : new HeadingLayout(highlights, sections, subsections);
        }

        private static int? Mode(List<int> levels)
            => levels.Count == 0 ? null : Majority.Of(levels, l => l);
    }

    /// <summary>
    /// The heading layouts an archive keeps: set explicitly (<c>NewsletterHeadingLevels</c>), or learned
    /// from the issues being checked, where a layout is a convention when at least
    /// <see cref="MinimumIssues"/> issues and <see cref="MinimumShare"/> of the issues with headers share it.
    /// </summary>
    internal sealed class HeadingConventions
    {
        /// <summary>The fewest issues that make a layout a convention.</summary>
        public const int MinimumIssues = 3;

        /// <summary>The smallest share of the issues that makes a layout a convention.</summary>
        public const double MinimumShare = 0.2;

        private HeadingConventions(IReadOnlyList<(HeadingLayout Layout, int Issues)> layouts, bool learned)
        {
            Layouts = layouts;
            IsLearned = learned;
        }

        /// <summary>No convention: each issue is held to its own majority and to one level per tier.</summary>
        public static HeadingConventions None { get; } = new(Array.Empty<(HeadingLayout, int)>(), learned: true);

        /// <summary>The conventions, most followed first, with how many issues follow each (0 when set explicitly).</summary>
        public IReadOnlyList<(HeadingLayout Layout, int Issues)> Layouts { get; }

        /// <summary>Whether the conventions were learned from the issues rather than configured.</summary>
        public bool IsLearned { get; }

        /// <summary>Configured conventions.</summary>
        public static HeadingConventions Explicit(IEnumerable<HeadingLayout> layouts) => new(layouts.Select(l => (l, 0)).ToArray(), learned: false);

        /// <summary>The conventions that the issues' layouts show.</summary>
        public static HeadingConventions Learn(IEnumerable<HeadingLayout?> layouts)
        {
            List<HeadingLayout> known = layouts.Where(l => l is not null).Select(l => l!).ToList();
            var complete = known.Where(l => l.Sections is not null && l.Subsections is not null).GroupBy(l => l).Select(g => (Layout: g.Key, Issues: g.Count()));
            var conventions = complete
                .Where(c => c.Issues >= MinimumIssues && c.Issues >= MinimumShare * known.Count)
                .OrderByDescending(c => c.Issues)
                .ThenBy(c => c.Layout.ToString(), StringComparer.Ordinal)
                .ToArray();
            return conventions.Length == 0 ? None : new HeadingConventions(conventions, learned: true);
        }

        /// <summary>
        /// The convention an issue is held to: the first it fits in, or else the one that would move the
        /// fewest of its headers (the most followed on a tie); null when there is no convention.
        /// </summary>
        public HeadingLayout? For(IssueDocument issue, HeadingLayout? layout)
        {
            if (Layouts.Count == 0)
            {
                return null;
            }

            if (layout is not null)
            {
                foreach ((HeadingLayout convention, int _) in Layouts)
                {
                    if (layout.FitsIn(convention))
                    {
                        return convention;
                    }
                }
            }

            // The fewest moves; the most followed (listed first) on a tie.
            HeadingLayout nearest = Layouts[0].Layout;
            int fewest = int.MaxValue;
            foreach ((HeadingLayout convention, int _) in Layouts)
            {
                int moves = 0;
                foreach (Section header in issue.Headers)
                {
                    if (header.Style is HeaderStyle.Setext or HeaderStyle.Atx && convention.LevelFor(header.Tier, header.CanonicalName) is { } level && level != header.Level)
                    {
                        moves++;
                    }
                }

                if (moves < fewest)
                {
                    nearest = convention;
                    fewest = moves;
                }
            }

            return nearest;
        }

        /// <summary>How the convention is described in a finding.</summary>
        public string Describe(HeadingLayout convention)
        {
            int issues = 0;
            foreach ((HeadingLayout layout, int count) in Layouts)
            {
                if (layout == convention)
                {
                    issues = count;
                    break;
                }
            }
            var parts = new List<string>();
            if ((convention.Highlights ?? convention.Sections) is { } highlights)
            {
                parts.Add($"HIGHLIGHTS at level {highlights}");
            }

            if (convention.Sections is { } sections)
            {
                parts.Add($"sections at level {sections}");
            }

            if (convention.Subsections is { } subsections)
            {
                parts.Add($"subsections at level {subsections}");
            }

            string levels = string.Join(", ", parts);
            return IsLearned ? $"the convention of {issues} issues of this archive ({levels})" : $"NewsletterHeadingLevels ({levels})";
        }
    }
}
