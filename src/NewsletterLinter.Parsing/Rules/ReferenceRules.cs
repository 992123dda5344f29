using System;
using System.Collections.Generic;
using System.Linq;
using NewsletterLinter.Parsing.Model;

namespace NewsletterLinter.Parsing.Rules
{
    /// <summary>AN1001-AN1004: cross references to other issues.</summary>
    internal static class ReferenceRules
    {
        /// <summary>The reference rules that need only the issue: AN1003, and AN1002 for a reference to the issue itself.</summary>
        public static void CheckLocal(IssueDocument issue, List<Finding> findings)
        {
            foreach (Reference reference in issue.References)
            {
                if (!reference.IsWellFormed)
                {
                    findings.Add(new Finding(
                        RuleIds.MalformedReference,
                        issue.Path,
                        reference.Span,
                        $"Reference '{reference.RawText}' is malformed; expected '{reference.CanonicalText}'",
                        new FindingFix($"Write '{reference.CanonicalText}'", new TextEdit(reference.Span.Offset, reference.Span.Length, reference.CanonicalText))));
                }

                if (issue.Number is { } self && reference.Number == self)
                {
                    findings.Add(new Finding(
                        RuleIds.SelfOrForwardReference,
                        issue.Path,
                        reference.Span,
                        $"Reference to AN #{reference.Number} points to the issue itself; an issue can only cite earlier issues"));
                }
            }
        }

        /// <summary>The reference rules that need the corpus: AN1001, AN1002 for a later issue, AN1004.</summary>
        public static void CheckCrossFile(IssueDocument issue, CorpusIndex index, RuleOptions options, List<Finding> findings)
        {
            foreach (Reference reference in issue.References)
            {
                int number = reference.Number;
                if (issue.Number is { } self && number == self)
                {
                    continue;
                }

                bool inCorpus = index.Contains(number);
                if (!inCorpus && options.ExternalIssues?.Contains(number) != true)
                {
                    string known = index.DescribeNumbers();
                    string external = options.ExternalIssues is { } range ? $"; external issues: {range}" : "; declare issues kept elsewhere with NewsletterExternalIssues";
                    findings.Add(new Finding(
                        RuleIds.DanglingReference,
                        issue.Path,
                        reference.Span,
                        $"Reference to AN #{number}: no issue with that number exists in this corpus (known: {known}){external}"));
                    continue;
                }

                if (issue.Number is { } current && number > current)
                {
                    findings.Add(new Finding(
                        RuleIds.SelfOrForwardReference,
                        issue.Path,
                        reference.Span,
                        $"Reference to AN #{number} points to a later issue (this is AN #{current}); an issue can only cite earlier issues"));
                    continue;
                }

                if (inCorpus && reference.CitedTitle is { } cited && LooksLikeATitle(cited) && !Occurs(index.Claims(number), reference))
                {
                    findings.Add(new Finding(
                        RuleIds.CitedTitleNotFound,
                        issue.Path,
                        reference.Span,
                        $"'{Shorten(cited)}' is cited with AN #{number}, but AN #{number} has no summary with that title or link; check the issue number"));
                }
            }
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

        private static string Shorten(string text) => text.Length <= 60 ? text : text.Substring(0, 57) + "...";
    }
}
