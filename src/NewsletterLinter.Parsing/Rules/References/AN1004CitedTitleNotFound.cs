using System;
using System.Collections.Generic;
using System.Linq;
using NewsletterLinter.Parsing.Corpus;
using NewsletterLinter.Parsing.Model;

namespace NewsletterLinter.Parsing.Rules
{
    /// <summary>AN1004: the title cited next to a reference is not a work of the referenced issue. The citations it checks are also what the archive's index keeps of each issue (<see cref="CorpusIndex.Citations"/>).</summary>
    internal sealed class AN1004CitedTitleNotFound : IssueRule
    {
        /// <summary>The rule's id.</summary>
        public const string Id = "AN1004";

        /// <inheritdoc/>
        public override RuleInfo Info { get; } = new(Id, "Cited title not found in the referenced issue", RuleCatalog.ReferenceCategory, RuleSeverity.Suggestion, "The linked title just before a reference should be a work summarized in the referenced issue; otherwise the reference probably points to the wrong issue.", false)
        {
            IsCrossFile = true,
            Example = "**[Engineering a Safer World](https://example.org/esw)** ([AN #112](https://example.org/an112)), when AN #112 summarizes no such work",
            Fixed = "the same citation with the number of the issue that summarizes Engineering a Safer World",
        };

        /// <inheritdoc/>
        public override void CheckCrossFile(RuleContext context, CorpusIndex index, List<Finding> findings)
        {
            foreach (Reference reference in context.Issue.References)
            {
                if (Reports(context.Issue, index, reference))
                {
                    int number = reference.Number;
                    findings.Add(new Finding(
                        Id,
                        context.Issue.Path,
                        reference.Span,
                        $"'{Shorten(reference.CitedTitle!)}' is cited with AN #{number}, but AN #{number} has no summary with that title or link; check the issue number"));
                }
            }
        }

        /// <summary>Whether this rule reports <paramref name="reference"/> of <paramref name="issue"/>.</summary>
        public static bool Reports(IssueDocument issue, CorpusIndex index, Reference reference)
        {
            int number = reference.Number;
            bool earlier = issue.Number is not { } current || number < current;
            return earlier && index.Contains(number) && reference.CitedTitle is { } cited && LooksLikeATitle(cited) && !Occurs(index.Claims(number), reference);
        }

        /// <summary>
        /// Link texts such as "this post" or "previously" describe rather than cite; only a text of
        /// several words with capitalized words, or a quoted name, is taken for a title.
        /// </summary>
        private static bool LooksLikeATitle(string text)
        {
            string[] words = text.Split(' ');
            if (words.Length < 3 || text.IndexOf("'s ", StringComparison.Ordinal) >= 0 || text.IndexOf("\u2019s ", StringComparison.Ordinal) >= 0)
            {
                return false;
            }

            int capitalized = words.Count(w => w.Length > 0 && char.IsUpper(w[0]));
            return char.IsUpper(text[0]) && capitalized * 2 >= words.Length;
        }

        private static bool Occurs(IReadOnlyList<IndexedIssue> claims, Reference reference)
        {
            var citation = new Citation(reference.Number, reference.CitedTitle!, reference.CitedUrl);
            return SettledByTitlesOrLinks(claims, citation) || claims.Any(claim => claim.Mentions(citation.Title));
        }

        /// <summary>
        /// The citations of an issue that AN1004 checks: title-like cited titles next to references to
        /// other, earlier issues (whether the cited issue is in the corpus is decided later).
        /// </summary>
        public static IEnumerable<Citation> Citations(IssueDocument issue)
        {
            foreach (Reference reference in issue.References)
            {
                if (reference.CitedTitle is { } cited && LooksLikeATitle(cited) && reference.Number != issue.Number && !(reference.Number > issue.Number))
                {
                    yield return new Citation(reference.Number, cited, reference.CitedUrl);
                }
            }
        }

        /// <summary>Whether a cited issue's titles or links settle the citation, without searching its text.</summary>
        public static bool SettledByTitlesOrLinks(IReadOnlyList<IndexedIssue> claims, Citation citation)
        {
            string key = CorpusIndex.TitleKey(citation.Title);
            string? url = citation.Url is null ? null : CorpusIndex.UrlKey(citation.Url);
            foreach (IndexedIssue claim in claims)
            {
                if (url is not null && claim.Urls.Contains(url))
                {
                    return true;
                }

                foreach (string title in claim.TitleKeys)
                {
                    if (title.Contains(key) || (title.Length >= 12 && key.Contains(title)))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        internal static string Shorten(string text) => text.Length <= 60 ? text : text.Substring(0, 57) + "...";
    }
}
