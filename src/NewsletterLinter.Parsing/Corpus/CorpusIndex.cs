using System;
using System.Collections.Generic;
using System.Linq;
using NewsletterLinter.Parsing.Configuration;
using NewsletterLinter.Parsing.Model;
using NewsletterLinter.Parsing.Rules;

namespace NewsletterLinter.Parsing.Corpus
{
    /// <summary>What one issue offers to the cross-file rules.</summary>
    /// <param name="Number">The issue number.</param>
    /// <param name="Path">The file.</param>
    /// <param name="TitleKeys">The normalized titles of its summaries, its <c>Read more</c> links and its own title.</param>
    /// <param name="Urls">The link targets of its summaries and <c>Read more</c> lines.</param>
    /// <param name="Document">The parsed issue, for the text searches that few references need; null in an index that does not hold documents (see <see cref="MentionedTitles"/>).</param>
    /// <param name="Layout">The levels of its headers, from which the archive's heading conventions are learned.</param>
    /// <param name="MentionedTitles">Without the document: the cited titles already searched in its text and found there.</param>
    internal sealed record IndexedIssue(int Number, string Path, EquatableArray<string> TitleKeys, EquatableArray<string> Urls, IssueDocument? Document, HeadingLayout? Layout, IReadOnlyCollection<string>? MentionedTitles = null)
    {
        /// <summary>The works its summaries summarize, which citations of it are resolved to (AN1005).</summary>
        public EquatableArray<SummaryWork> Works { get; init; } = EquatableArray<SummaryWork>.Empty;

        /// <summary>
        /// This entry without its document, for an index of a large archive: the titles in
        /// <paramref name="searched"/> are searched in the text now, and only they can be asked later.
        /// </summary>
        public IndexedIssue WithoutDocument(IEnumerable<string> searched)
        {
            // Most issues are searched for nothing, or found to mention nothing: they share one empty list.
            HashSet<string>? found = null;
            foreach (string title in searched)
            {
                if (Mentions(title))
                {
                    (found ??= new HashSet<string>(StringComparer.Ordinal)).Add(title);
                }
            }

            return this with { Document = null, MentionedTitles = found ?? (IReadOnlyCollection<string>)Array.Empty<string>() };
        }

        /// <summary>Whether this issue's titles or links settle <paramref name="citation"/> without a search of its text.</summary>
        public bool SettlesByTitleOrLink(Citation citation) => AN1004CitedTitleNotFound.SettledByTitlesOrLinks(new[] { this }, citation);

        /// <summary>Whether <paramref name="text"/> occurs, ignoring case, in the issue's preamble, titles, summaries or opinions.</summary>
        public bool Mentions(string text)
        {
            if (Document is null)
            {
                return MentionedTitles?.Contains(text) == true;
            }

            if (Contains(Document.Preamble, text))
            {
                return true;
            }

            foreach (Summary summary in Document.Summaries)
            {
                if (Contains(summary.Title, text) || summary.TextContainsIgnoreCase(text))
                {
                    return true;
                }

                foreach (Opinion opinion in summary.Opinions)
                {
                    if (opinion.TextContainsIgnoreCase(text))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static bool Contains(string haystack, string needle) => haystack.IndexOf(needle, StringComparison.OrdinalIgnoreCase) >= 0;
    }

    /// <summary>A cited title next to a reference: what the cross-file rules look for in the cited issue.</summary>
    /// <param name="Number">The cited issue.</param>
    /// <param name="Title">The title cited next to the reference.</param>
    /// <param name="Url">The link of the cited title, if any.</param>
    internal sealed record Citation(int Number, string Title, string? Url);

    /// <summary>
    /// The whole corpus as the cross-file rules see it: which numbers exist, which files claim them,
    /// and what each issue summarized. Built once per compilation or CLI run.
    /// </summary>
    internal sealed class CorpusIndex
    {
        private readonly Dictionary<int, List<IndexedIssue>> _byNumber;

        private CorpusIndex(Dictionary<int, List<IndexedIssue>> byNumber, HeadingConventions conventions)
        {
            _byNumber = byNumber;
            HeadingConventions = conventions;
        }

        /// <summary>An index of nothing, for checking one issue alone.</summary>
        public static CorpusIndex Empty { get; } = new(new Dictionary<int, List<IndexedIssue>>(), HeadingConventions.None);

        /// <summary>The heading layouts most issues of the corpus keep (AN3002 holds each issue to one of them).</summary>
        public HeadingConventions HeadingConventions { get; }

        /// <summary>The numbers of the issues in the corpus, ascending.</summary>
        public IReadOnlyList<int> Numbers => _numbers ??= _byNumber.Keys.OrderBy(n => n).ToArray();

        private int[]? _numbers;
        private string? _description;

        /// <summary>Indexes the issues.</summary>
        public static CorpusIndex Build(IEnumerable<IssueDocument> issues)
            => Build(issues.Where(i => i.Number is not null).Select(Describe));

        /// <summary>Indexes issues already described (the analyzers describe each file once).</summary>
        public static CorpusIndex Build(IEnumerable<IndexedIssue> issues)
        {
            var byNumber = new Dictionary<int, List<IndexedIssue>>();
            foreach (IndexedIssue issue in issues)
            {
                if (!byNumber.TryGetValue(issue.Number, out List<IndexedIssue>? list))
                {
                    byNumber[issue.Number] = list = new List<IndexedIssue>();
                }

                list.Add(issue);
            }

            foreach (List<IndexedIssue> list in byNumber.Values)
            {
                list.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
            }

            return new CorpusIndex(byNumber, HeadingConventions.Learn(byNumber.Values.SelectMany(l => l).Select(i => i.Layout)));
        }

        /// <summary>What an issue offers to the index; null when it has no number.</summary>
        public static IndexedIssue Describe(IssueDocument issue)
        {
            var titles = new List<string>();
            var urls = new List<string>();
            var works = new List<SummaryWork>(issue.Summaries.Count);
            for (int i = 0; i < issue.Summaries.Count; i++)
            {
                Summary summary = issue.Summaries[i];
                string title = TitleKey(summary.Title);
                titles.Add(title);
                string? url = summary.Url is null ? null : UrlKey(summary.Url);
                if (url is not null)
                {
                    urls.Add(url);
                }

                CitedWorks.Add(works, i, summary, title, url);

                foreach (ReadMoreLink link in summary.ReadMore)
                {
                    titles.Add(TitleKey(link.Text));
                    if (link.Url is not null)
                    {
                        urls.Add(UrlKey(link.Url));
                    }
                }
            }

            if (issue.Title is not null)
            {
                titles.Add(TitleKey(issue.Title));
            }

            return new IndexedIssue(issue.Number ?? 0, issue.Path, SortedDistinct(titles), SortedDistinct(urls), issue, HeadingLayout.Of(issue))
            {
                Works = new EquatableArray<SummaryWork>(works.ToArray()),
            };
        }

        /// <summary>The non-empty keys in ordinal order, each once.</summary>
        private static EquatableArray<string> SortedDistinct(List<string> keys)
        {
            keys.Sort(StringComparer.Ordinal);
            var distinct = new List<string>(keys.Count);
            foreach (string key in keys)
            {
                if (key.Length > 0 && (distinct.Count == 0 || !string.Equals(distinct[distinct.Count - 1], key, StringComparison.Ordinal)))
                {
                    distinct.Add(key);
                }
            }

            return distinct.ToEquatableArray();
        }

        /// <summary>The title-like titles an issue cites next to its references (what AN1004 checks).</summary>
        public static IReadOnlyList<Citation> Citations(IssueDocument issue) => AN1004CitedTitleNotFound.Citations(issue).ToArray();

        /// <summary>
        /// Whether checking <paramref name="citation"/> needs the text of the cited issue: it is in the
        /// corpus, and neither its titles nor its links settle the citation. An index that does not hold
        /// documents must have searched such titles beforehand (<see cref="IndexedIssue.WithoutDocument"/>).
        /// </summary>
        public bool NeedsText(Citation citation)
            => Contains(citation.Number) && !AN1004CitedTitleNotFound.SettledByTitlesOrLinks(Claims(citation.Number), citation);

        /// <summary>Whether issue <paramref name="number"/> exists: in the archive, or in the external range of <paramref name="options"/>.</summary>
        public bool Exists(int number, RuleOptions options) => Contains(number) || options.ExternalIssues?.Contains(number) == true;

        /// <summary>Whether the corpus holds issue <paramref name="number"/>.</summary>
        public bool Contains(int number) => _byNumber.ContainsKey(number);

        /// <summary>The files that claim <paramref name="number"/>, in ordinal path order.</summary>
        public IReadOnlyList<IndexedIssue> Claims(int number)
            => _byNumber.TryGetValue(number, out List<IndexedIssue>? list) ? list : Array.Empty<IndexedIssue>();

        /// <summary>The corpus's numbers as compact ranges, such as <c>1-5, 7-12</c>.</summary>
        public string DescribeNumbers(int maxRanges = 6)
            => maxRanges == 6 ? _description ??= Describe(Numbers, maxRanges) : Describe(Numbers, maxRanges);

        private static string Describe(IReadOnlyList<int> numbers, int maxRanges)
        {
            if (numbers.Count == 0)
            {
                return "none";
            }

            var ranges = new List<string>();
            int start = numbers[0], previous = numbers[0];
            for (int i = 1; i <= numbers.Count; i++)
            {
                if (i < numbers.Count && numbers[i] == previous + 1)
                {
                    previous = numbers[i];
                    continue;
                }

                ranges.Add(start == previous ? start.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{start}-{previous}");
                if (i < numbers.Count)
                {
                    start = previous = numbers[i];
                }
            }

            return ranges.Count <= maxRanges
                ? string.Join(", ", ranges)
                : $"{numbers.Count} issues between {numbers[0]} and {numbers[numbers.Count - 1]}";
        }

        /// <summary>A title for comparison: letters and digits only, lower case, single spaces.</summary>
        public static string TitleKey(string title)
        {
            // Letters and digits in lower case, one space between runs; every other character
            // (punctuation, plain or typographic quotes, white space) separates words.
            Span<char> key = title.Length <= 256 ? stackalloc char[title.Length] : new char[title.Length];
            int length = 0;
            bool space = false;
            foreach (char c in title)
            {
                // ASCII letters and digits without the Unicode tables: setting the 0x20 bit lowers a
                // letter and leaves a digit as it is.
                bool ascii = c < 0x80;
                if (ascii ? (uint)(c - '0') <= 9 || (uint)((c | 0x20) - 'a') <= 'z' - 'a' : char.IsLetterOrDigit(c))
                {
                    if (space && length > 0)
                    {
                        key[length++] = ' ';
                    }

                    key[length++] = ascii ? (char)(c | 0x20) : char.ToLowerInvariant(c);
                    space = false;
                }
                else
                {
                    space = true;
                }
            }

            return key.Slice(0, length).ToString();
        }

        /// <summary>A URL for comparison: no scheme, no <c>www.</c>, no trailing slash, no fragment.</summary>
        public static string UrlKey(string url)
        {
            // The key's range of the URL, then one copy of it (two when it holds capitals).
            int start = 0;
            int end = url.Length;
            while (start < end && char.IsWhiteSpace(url[start]))
            {
                start++;
            }

            while (end > start && char.IsWhiteSpace(url[end - 1]))
            {
                end--;
            }

            int hash = url.IndexOf('#', start, end - start);
            if (hash >= 0)
            {
                end = hash;
            }

            int scheme = url.IndexOf("://", start, end - start, StringComparison.Ordinal);
            if (scheme >= 0)
            {
                start = scheme + 3;
            }

            if (end - start >= 4 && string.Compare(url, start, "www.", 0, 4, StringComparison.OrdinalIgnoreCase) == 0)
            {
                start += 4;
            }

            while (end > start && url[end - 1] == '/')
            {
                end--;
            }

            return url.Substring(start, end - start).ToLowerInvariant();
        }
    }
}
