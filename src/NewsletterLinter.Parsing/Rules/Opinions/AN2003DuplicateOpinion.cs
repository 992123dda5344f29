using System;
using System.Collections.Generic;
using NewsletterLinter.Parsing.Configuration;
using NewsletterLinter.Parsing.Model;

namespace NewsletterLinter.Parsing.Rules
{
    /// <summary>AN2003: one person gives two opinions on one summary (<c>My opinion</c> is the editor's).</summary>
    internal sealed class AN2003DuplicateOpinion : IssueRule
    {
        /// <summary>The rule's id.</summary>
        public const string Id = "AN2003";

        /// <inheritdoc/>
        public override RuleInfo Info { get; } = new(Id, "Two opinions by one person on one summary", RuleCatalog.OpinionCategory, RuleSeverity.Warning, "One person gives at most one opinion on a summary; merge the two.", false)
        {
            Example = "**My opinion:** Good.\n\n**Rohin's opinion:** Also good.",
            Fixed = "**Rohin's opinion:** Good, and also good.",
            Options = new[] { RuleOptions.Keys.Editor },
        };

        /// <inheritdoc/>
        public override void Check(RuleContext context, List<Finding> findings)
        {
            foreach (Summary summary in context.Issue.Summaries)
            {
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
                            Id,
                            context.Issue.Path,
                            opinion.LabelSpan,
                            $"{opinion.Author} already gave an opinion on '{Shorten(summary.Title)}' at line {first.LabelSpan.Line}; merge the two opinions"));
                    }
                    else
                    {
                        seen[opinion.Author] = opinion;
                    }
                }
            }
        }

        private static string Shorten(string text) => text.Length <= 60 ? text : text.Substring(0, 57) + "...";
    }
}
