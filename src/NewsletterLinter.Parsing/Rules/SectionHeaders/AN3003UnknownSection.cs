using System.Collections.Generic;
using NewsletterLinter.Parsing.Configuration;
using NewsletterLinter.Parsing.Model;

namespace NewsletterLinter.Parsing.Rules
{
    /// <summary>AN3003: a section name the taxonomy does not know; the fix takes the nearest known name when there is one.</summary>
    internal sealed class AN3003UnknownSection : IssueRule
    {
        /// <summary>The rule's id.</summary>
        public const string Id = "AN3003";

        /// <inheritdoc/>
        public override RuleInfo Info { get; } = new(Id, "Unknown section name", RuleCatalog.SectionHeaderCategory, RuleSeverity.Warning, "Section and subsection names come from the newsletter's taxonomy; a name it does not know is usually a misspelling.", true)
        {
            Example = "# TECHNICAL AI ALIGNEMNT",
            Fixed = "# TECHNICAL AI ALIGNMENT",
            Options = new[] { RuleOptions.Keys.TaxonomyFile },
        };

        /// <inheritdoc/>
        public override void Check(RuleContext context, List<Finding> findings)
        {
            if (!context.IsStructuredAsIssue)
            {
                return;
            }

            IssueDocument issue = context.Issue;
            HeaderNames names = context.HeaderNames;
            for (int i = 0; i < issue.Headers.Count; i++)
            {
                Section header = issue.Headers[i];
                if (header.IsKnown || context.Options.Taxonomy.Suggest(header.Name) is not { } suggestion)
                {
                    if (!header.IsKnown)
                    {
                        findings.Add(new Finding(
                            Id,
                            issue.Path,
                            header.NameSpan,
                            $"Unknown section '{header.Name}'; the taxonomy knows no such section or subsection (add it to a taxonomy file, or use a known name)"));
                    }

                    continue;
                }

                string expectedName = names.UseCapitals ? suggestion.Name : suggestion.SentenceCase;
                findings.Add(new Finding(
                    Id,
                    issue.Path,
                    header.NameSpan,
                    $"Unknown section '{header.Name}'; did you mean '{expectedName}'?",
                    HeaderFixes.Rename(header, expectedName, $"Rename to '{expectedName}'")));
            }
        }
    }
}
