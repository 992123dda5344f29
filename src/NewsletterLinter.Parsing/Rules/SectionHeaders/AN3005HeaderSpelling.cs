using System.Collections.Generic;
using NewsletterLinter.Parsing.Configuration;
using NewsletterLinter.Parsing.Model;
using NewsletterLinter.Parsing.Taxonomy;
using static NewsletterLinter.Parsing.Rules.HeaderFacts;

namespace NewsletterLinter.Parsing.Rules
{
    /// <summary>AN3005: a known header not spelled as the taxonomy writes it, in the issue's casing convention, or with stray white space.</summary>
    internal sealed class AN3005HeaderSpelling : IssueRule
    {
        /// <summary>The rule's id.</summary>
        public const string Id = "AN3005";

        /// <inheritdoc/>
        public override RuleInfo Info { get; } = new(Id, "Header casing or white space differs from the taxonomy", RuleCatalog.SectionHeaderCategory, RuleSeverity.Warning, "Headers are spelled as in the taxonomy, in capitals or in sentence case consistently, with no stray white space.", true)
        {
            Example = "# HIGHLIGHTS\n...\n# Technical  AI alignment",
            Fixed = "# HIGHLIGHTS\n...\n# TECHNICAL AI ALIGNMENT",
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
            bool useCapitals = names.UseCapitals;
            for (int i = 0; i < issue.Headers.Count; i++)
            {
                Section header = issue.Headers[i];
                if (!header.IsKnown)
                {
                    continue;
                }

                (TaxonomyEntry entryOf, string writtenName) = names.Known[i];
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
                    Id,
                    issue.Path,
                    header.NameSpan,
                    problem,
                    HeaderFixes.Respell(header, expected, $"Write '{expected}'")));
            }
        }
    }
}
