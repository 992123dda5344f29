using System;
using System.Collections.Generic;
using NewsletterLinter.Parsing.Configuration;
using NewsletterLinter.Parsing.Model;
using static NewsletterLinter.Parsing.Rules.HeaderFacts;

namespace NewsletterLinter.Parsing.Rules
{
    /// <summary>AN3001: the headers of one tier are written in more than one style (or not in the style NewsletterHeaderStyle asks for).</summary>
    internal sealed class AN3001MixedHeaderStyles : IssueRule
    {
        /// <summary>The rule's id.</summary>
        public const string Id = "AN3001";

        /// <inheritdoc/>
        public override RuleInfo Info { get; } = new(Id, "Header styles mixed within one issue", RuleCatalog.SectionHeaderCategory, RuleSeverity.Warning, "The headers of one tier (sections, subsections, footers) are written in one style: setext, ATX, bold paragraph or plain capitals.", true)
        {
            Example = "# HIGHLIGHTS\n...\n# TECHNICAL AI ALIGNMENT\n...\n**NEWS**",
            Fixed = "# HIGHLIGHTS\n...\n# TECHNICAL AI ALIGNMENT\n...\n# NEWS",
            Options = new[] { RuleOptions.Keys.HeaderStyle },
        };

        /// <inheritdoc/>
        public override void Check(RuleContext context, List<Finding> findings)
        {
            if (!context.IsStructuredAsIssue)
            {
                return;
            }

            foreach (SectionTier tier in Majority.DistinctKeys(context.Issue.Headers, h => h.Tier))
            {
                List<Section> headers = OfTier(context.Issue.Headers, tier, markdownOnly: false);
                HeaderStyle expected = context.Options.HeaderStyle switch
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

                    string why = context.Options.HeaderStyle == HeaderStylePolicy.Consistent
                        ? $"the other {TierName(tier)} headers of this issue are {StyleName(expected)}"
                        : $"NewsletterHeaderStyle is {context.Options.HeaderStyle.ToString().ToLowerInvariant()}";
                    int level = expected == HeaderStyle.Setext ? Math.Min(2, expectedLevel) : expectedLevel;
                    findings.Add(new Finding(
                        Id,
                        context.Issue.Path,
                        header.Span,
                        $"Header '{header.Name}' is {StyleName(header.Style)}, but {why}",
                        HeaderFixes.Style(header, expected, level, $"Write the header {StyleName(expected)}")));
                }
            }
        }
    }
}
