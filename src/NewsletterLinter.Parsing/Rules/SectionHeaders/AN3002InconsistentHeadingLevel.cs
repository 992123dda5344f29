using System.Collections.Generic;
using NewsletterLinter.Parsing.Configuration;
using NewsletterLinter.Parsing.Corpus;
using NewsletterLinter.Parsing.Model;
using static NewsletterLinter.Parsing.Rules.HeaderFacts;

namespace NewsletterLinter.Parsing.Rules
{
    /// <summary>AN3002: a header off the level of the archive's heading convention, or, with no convention, of the other headers of its tier in the issue.</summary>
    internal sealed class AN3002InconsistentHeadingLevel : IssueRule
    {
        /// <summary>The rule's id.</summary>
        public const string Id = "AN3002";

        /// <inheritdoc/>
        public override RuleInfo Info { get; } = new(Id, "Inconsistent or skipped heading level", RuleCatalog.SectionHeaderCategory, RuleSeverity.Warning, "All headers of one tier share one Markdown level, and subsections sit one level below their sections.", true)
        {
            IsCrossFile = true,
            Example = "# TECHNICAL AI ALIGNMENT\n\n### ROBUSTNESS (a skipped level, in an archive whose subsections sit at level 2)",
            Fixed = "# TECHNICAL AI ALIGNMENT\n\n## ROBUSTNESS",
            Options = new[] { RuleOptions.Keys.HeadingLevels },
        };

        /// <inheritdoc/>
        public override void CheckCrossFile(RuleContext context, CorpusIndex index, List<Finding> findings)
        {
            if (!context.IsStructuredAsIssue)
            {
                return;
            }

            CheckLevels(context.Issue, context.Options.HeadingLevels ?? index.HeadingConventions, findings);
        }

        /// <summary>
        /// Where the archive keeps conventions: every setext or ATX header at the level of the
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
                    Id,
                    issue.Path,
                    header.Span,
                    $"{Capitalize(TierName(header.Tier))} header '{header.Name}' is at level {header.Level}, but {conventions.Describe(convention)} puts it at level {expected}",
                    HeaderFixes.Level(header, expected, $"Make '{header.Name}' a level-{expected} header")));
            }
        }

        /// <summary>With no convention: one level per tier within the issue, and subsections one level below sections.</summary>
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
                    Id,
                    issue.Path,
                    header.Span,
                    message,
                    HeaderFixes.Level(header, expected, $"Make '{header.Name}' a level-{expected} header")));
            }
        }
    }
}
