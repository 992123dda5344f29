using System.Collections.Generic;
using NewsletterLinter.Parsing.Configuration;
using NewsletterLinter.Parsing.Model;
using NewsletterLinter.Parsing.Rules;

namespace NewsletterLinter.Parsing.Corpus
{
    /// <summary>
    /// The check of an archive, the same in every host, in three steps: each issue checked by the
    /// rules that need only it, with what the cross-file rules need of it kept (<see cref="Begin"/>);
    /// the index of every issue (<see cref="Index(IEnumerable{IssueDocument})"/>); then the cross-file
    /// rules (<see cref="Finish"/>). The command line streams the steps over the files on every core,
    /// with its cache between them; the language server and the analyzer hold every parsed issue, so
    /// they index them all and check the one asked for in one call (<see cref="Check"/>). Either way
    /// an issue gets the same findings, suppressions applied, in document order.
    /// </summary>
    internal static class CorpusCheck
    {
        /// <summary>Step 1: the local rules' findings on <paramref name="issue"/> and what the cross-file rules and the index need of it; the parsed issue itself can then be dropped.</summary>
        public static IssueCheck Begin(IssueDocument issue, RuleOptions options)
            => new(IssueRules.CrossFileFacts(issue), issue.Number is null ? null : CorpusIndex.Describe(issue), IssueRules.CheckLocal(issue, options), CorpusIndex.Citations(issue));

        /// <summary>Step 2: the index of the archive's parsed issues.</summary>
        public static CorpusIndex Index(IEnumerable<IssueDocument> issues) => CorpusIndex.Build(issues);

        /// <summary>Step 2, from what step 1 kept of each issue.</summary>
        public static CorpusIndex Index(IEnumerable<IndexedIssue> issues) => CorpusIndex.Build(issues);

        /// <summary>Step 3: every finding of the issue that <paramref name="check"/> began.</summary>
        public static IReadOnlyList<Finding> Finish(IssueCheck check, CorpusIndex index, RuleOptions options)
            => IssueRules.CheckCrossFile(check.Facts, check.Local, index, options);

        /// <summary>Steps 1 and 3 at once, for a host that holds the parsed issue.</summary>
        public static IReadOnlyList<Finding> Check(IssueDocument issue, CorpusIndex index, RuleOptions options)
            => IssueRules.Check(issue, index, options);
    }

    /// <summary>What the first step of a check keeps of one issue.</summary>
    /// <param name="Facts">What the cross-file rules read of the issue (<see cref="IssueRules.CrossFileFacts"/>).</param>
    /// <param name="Described">What the index holds of it, the parsed issue included (null without a number).</param>
    /// <param name="Local">The findings of the rules that need only the issue.</param>
    /// <param name="Citations">The citations that AN1004 checks against the cited issues.</param>
    internal sealed record IssueCheck(IssueDocument Facts, IndexedIssue? Described, List<Finding> Local, IReadOnlyList<Citation> Citations);
}
