using System;
using System.Collections.Generic;
using System.Linq;
using NewsletterLinter.Parsing.Configuration;
using NewsletterLinter.Parsing.Corpus;
using NewsletterLinter.Parsing.Model;

namespace NewsletterLinter.Parsing.Rules
{
    /// <summary>
    /// Runs every rule of the catalog over one parsed issue. Pure: the same issue, index and options
    /// always give the same findings, in document order. Hosts (the analyzers, the command-line
    /// tool) only turn findings into their own output.
    /// </summary>
    internal static class IssueRules
    {
        /// <summary>The findings of every rule on <paramref name="issue"/>, inline suppressions applied.</summary>
        public static IReadOnlyList<Finding> Check(IssueDocument issue, CorpusIndex index, RuleOptions options)
        {
            var findings = new List<Finding>();
            AddLocal(issue, options, findings);
            AddCrossFile(issue, index, options, findings);
            return Finish(findings, issue.Suppressions);
        }

        /// <summary>
        /// The findings of the rules that need only the issue itself, unfiltered and unsorted; with
        /// <see cref="CheckCrossFile"/> on <see cref="CrossFileFacts"/> of the same issue they give
        /// exactly what <see cref="Check"/> gives, without keeping the whole parsed issue until the
        /// corpus index exists.
        /// </summary>
        public static List<Finding> CheckLocal(IssueDocument issue, RuleOptions options)
        {
            var findings = new List<Finding>();
            AddLocal(issue, options, findings);
            return findings;
        }

        /// <summary>
        /// What the cross-file rules read of an issue: the issue without its summaries, opinions,
        /// preamble and section tree (its number, title, headers, references and inline suppressions).
        /// </summary>
        public static IssueDocument CrossFileFacts(IssueDocument issue)
            => issue with { Preamble = string.Empty, Sections = EquatableArray<Section>.Empty, Summaries = EquatableArray<Summary>.Empty, OrphanOpinions = EquatableArray<Opinion>.Empty, Problems = EquatableArray<ParseProblem>.Empty };

        /// <summary>The findings of <see cref="CheckLocal"/> with those of the cross-file rules, suppressions applied, in document order.</summary>
        public static IReadOnlyList<Finding> CheckCrossFile(IssueDocument facts, IReadOnlyList<Finding> local, CorpusIndex index, RuleOptions options)
        {
            var findings = new List<Finding>(local);
            AddCrossFile(facts, index, options, findings);
            return Finish(findings, facts.Suppressions);
        }

        private static void AddLocal(IssueDocument issue, RuleOptions options, List<Finding> findings)
        {
            var context = new RuleContext(issue, options);
            foreach (IssueRule rule in RuleCatalog.Rules)
            {
                rule.Check(context, findings);
            }
        }

        private static void AddCrossFile(IssueDocument issue, CorpusIndex index, RuleOptions options, List<Finding> findings)
        {
            var context = new RuleContext(issue, options);
            foreach (IssueRule rule in RuleCatalog.Rules)
            {
                if (rule.Info.IsCrossFile)
                {
                    rule.CheckCrossFile(context, index, findings);
                }
            }
        }

        /// <summary>The findings no suppression covers, in document order: by offset, then rule, otherwise in the order found.</summary>
        private static IReadOnlyList<Finding> Finish(List<Finding> findings, IReadOnlyList<Suppression> suppressions)
        {
            var kept = new List<Finding>(findings.Count);
            bool ordered = true;
            foreach (Finding finding in findings)
            {
                if (!SuppressionFilter.IsSuppressed(finding, suppressions))
                {
                    ordered &= kept.Count == 0 || Compare(kept[kept.Count - 1], finding) <= 0;
                    kept.Add(finding);
                }
            }

            if (ordered)
            {
                return kept;
            }

            // A stable sort: positions break the ties.
            Finding[] found = kept.ToArray();
            int[] order = new int[found.Length];
            for (int i = 0; i < order.Length; i++)
            {
                order[i] = i;
            }

            Array.Sort(order, (a, b) => Compare(found[a], found[b]) is var c && c != 0 ? c : a.CompareTo(b));
            kept.Clear();
            foreach (int i in order)
            {
                kept.Add(found[i]);
            }

            return kept;
        }

        private static int Compare(Finding finding, Finding other)
            => finding.Span.Offset != other.Span.Offset
                ? finding.Span.Offset.CompareTo(other.Span.Offset)
                : string.CompareOrdinal(finding.RuleId, other.RuleId);

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
