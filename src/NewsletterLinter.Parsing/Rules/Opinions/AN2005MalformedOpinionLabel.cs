using System;
using System.Collections.Generic;
using NewsletterLinter.Parsing.Configuration;
using NewsletterLinter.Parsing.Model;

namespace NewsletterLinter.Parsing.Rules
{
    /// <summary>AN2005: an opinion label not written <c>Name's opinion:</c>, <c>My opinion:</c> or <c>Should you read it?</c>; the fix rewrites it inside its emphasis markers.</summary>
    internal sealed class AN2005MalformedOpinionLabel : IssueRule
    {
        /// <summary>The rule's id.</summary>
        public const string Id = "AN2005";

        /// <inheritdoc/>
        public override RuleInfo Info { get; } = new(Id, "Malformed opinion label", RuleCatalog.OpinionCategory, RuleSeverity.Warning, "Opinion labels are written 'Name's opinion:', 'My opinion:' or 'Should you read it?'.", true)
        {
            Example = "**Rohins opinion** A fine paper.",
            Fixed = "**Rohin's opinion:** A fine paper.",
            Options = new[] { RuleOptions.Keys.Editor },
        };

        /// <inheritdoc/>
        public override void Check(RuleContext context, List<Finding> findings)
        {
            foreach (Opinion opinion in context.Issue.AllOpinions)
            {
                if (!opinion.IsLabelWellFormed)
                {
                    string canonical = CanonicalLabel(opinion);
                    string replacement = Rewrite(opinion.RawLabel, canonical);
                    findings.Add(new Finding(
                        Id,
                        context.Issue.Path,
                        opinion.LabelSpan,
                        $"Opinion label '{opinion.Label}' is malformed; expected '{canonical}'",
                        new FindingFix($"Write '{canonical}'", new TextEdit(opinion.LabelSpan.Offset, opinion.LabelSpan.Length, replacement))));
                }
            }
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
    }
}
