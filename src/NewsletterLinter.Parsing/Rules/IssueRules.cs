using System.Collections.Generic;
using System.Linq;
using NewsletterLinter.Parsing.Model;

namespace NewsletterLinter.Parsing.Rules
{
    /// <summary>
    /// Runs every rule of the catalog over one parsed issue. Pure: the same issue, index and options
    /// always give the same findings, in document order. Hosts (the analyzers, the command-line
    /// tool) only turn findings into their own output.
    /// </summary>
    public static class IssueRules
    {
        /// <summary>The findings of every rule on <paramref name="issue"/>, inline suppressions applied.</summary>
        public static IReadOnlyList<Finding> Check(IssueDocument issue, CorpusIndex index, RuleOptions options)
        {
            var findings = new List<Finding>();
            IssueFileRules.Check(issue, index, findings);
            ReferenceRules.Check(issue, index, options, findings);
            OpinionRules.Check(issue, options, findings);
            SectionHeaderRules.Check(issue, index, options, findings);
            return findings
                .Where(f => !SuppressionFilter.IsSuppressed(f, issue.Suppressions))
                .OrderBy(f => f.Span.Offset)
                .ThenBy(f => f.RuleId, System.StringComparer.Ordinal)
                .ToList();
        }

        /// <summary>Parses and checks a whole corpus: every text parsed once, one index for all.</summary>
        public static IReadOnlyList<(IssueDocument Issue, IReadOnlyList<Finding> Findings)> CheckAll(IEnumerable<(string Path, string Text)> files, RuleOptions options)
        {
            ParserOptions parserOptions = options.ToParserOptions();
            List<IssueDocument> issues = files.Select(f => IssueParser.Parse(f.Text, f.Path, parserOptions)).ToList();
            CorpusIndex index = CorpusIndex.Build(issues);
            return issues.Select(i => (i, Check(i, index, options))).ToList();
        }
    }
}
