using System.Collections.Generic;
using NewsletterLinter.Parsing.Corpus;
using NewsletterLinter.Parsing.Model;

namespace NewsletterLinter.Parsing.Rules
{
    /// <summary>
    /// AN1005: a citation, a link followed by <c>(AN #N)</c>, names no summary of issue N, which is
    /// in the archive: neither a summary's link (as <see cref="WorkKey"/> compares them) nor its title
    /// is the cited one. The archive's types then have no summary to link the citation to. A cited
    /// title that the issue does not even mention is AN1004's, not reported twice.
    /// </summary>
    internal sealed class AN1005CitedSummaryNotFound : IssueRule
    {
        /// <summary>The rule's id.</summary>
        public const string Id = "AN1005";

        /// <inheritdoc/>
        public override RuleInfo Info { get; } = new(Id, "Citation names no summary of the cited issue", RuleCatalog.ReferenceCategory, RuleSeverity.Suggestion, "A link followed by (AN #N) cites a summary of issue N; when issue N summarizes no work with that link or title, readers and the archive's types cannot follow the citation to a summary.", false)
        {
            IsCrossFile = true,
            Example = "As [I argued before](https://example.org/my-post) (AN #41), ..., when AN #41 mentions that post without a summary of it",
            Fixed = "the citation linked to the work that AN #41 summarizes, or without (AN #41) when it cites no summary",
        };

        /// <inheritdoc/>
        public override void CheckCrossFile(RuleContext context, CorpusIndex index, List<Finding> findings)
        {
            IssueDocument issue = context.Issue;
            foreach (Reference reference in issue.References)
            {
                int number = reference.Number;
                bool earlier = issue.Number is not { } current || number < current;
                if (!CitedWorks.IsCitation(reference) || !earlier || !index.Contains(number) || Resolves(index.Claims(number), reference)
                    || AN1004CitedTitleNotFound.Reports(issue, index, reference))
                {
                    continue;
                }

                findings.Add(new Finding(
                    Id,
                    issue.Path,
                    reference.Span,
                    $"'{AN1004CitedTitleNotFound.Shorten(reference.CitedTitle!)}' cites AN #{number}, but no summary of AN #{number} has that link or title; link the work it summarizes, or drop the issue number"));
            }
        }

        private static bool Resolves(IReadOnlyList<IndexedIssue> claims, Reference reference)
        {
            foreach (IndexedIssue claim in claims)
            {
                if (CitedWorks.Find(claim.Works, reference.CitedTitle!, reference.CitedUrl) >= 0)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
