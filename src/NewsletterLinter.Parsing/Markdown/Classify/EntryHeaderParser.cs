using System.Collections.Generic;
using System.Linq;
using System;
using NewsletterLinter.Parsing.FastPaths;
using NewsletterLinter.Parsing.Text;

namespace NewsletterLinter.Parsing.Markdown
{
    /// <summary>The parts of a summary entry's header, as plain-text indices.</summary>
    internal sealed record EntryHeader(
        int TitleStart,
        int TitleEnd,
        string Title,
        string? Url,
        IReadOnlyList<string> Authors,
        IReadOnlyList<string> Summarizers,
        bool HasSummarizedBy,
        int HeaderEnd,
        int BodyStart,
        string? Malformation);

    /// <summary>
    /// Recognizes the header of a summary entry at the start of a paragraph:
    /// <c>**[Title](url)** *(Authors)* (summarized by Name): body</c> in Markdown, or
    /// <c>Title (Authors) (summarized by Name): body</c> in plain text. Titles may hold parentheses,
    /// colons and question marks; the author and summarizer groups are balanced parentheses.
    /// </summary>
    internal static class EntryHeaderParser
    {
        private const int MaxTitleLength = 400;
        private const int MaxGroupLength = 400;

        /// <summary>
        /// The entry header at the start of <paramref name="inline"/>, if any. A text's header is read
        /// once: the flatten stage reads the first line of a paragraph of several lines to see where
        /// it may be cut, and the session reads the same unit again.
        /// </summary>
        public static EntryHeader? Parse(InlineText inline)
        {
            if (!inline.HeaderRead)
            {
                inline.Header = Read(inline);
                inline.HeaderRead = true;
            }

            return inline.Header;
        }

        /// <summary>Reads the entry header at the start of <paramref name="inline"/> each time it is called (the profile times it so).</summary>
        internal static EntryHeader? Read(InlineText inline)
        {
            string s = inline.Text;
            int start = 0;
            while (start < s.Length && TextNormalizer.IsSpace(s[start]))
            {
                start++;
            }

            int lineEnd = inline.LineEndFrom(start);
            if (start >= lineEnd)
            {
                return null;
            }

            InlineLink? link = inline.LinkStartingAt(start);
            if (link is { } titleLink && !IsTableOfContentsLink(titleLink))
            {
                return ParseLinked(inline, s, start, lineEnd, titleLink) ?? ParsePlain(s, start, lineEnd);
            }

            return ParsePlain(s, start, lineEnd)
                ?? ParseItalicAuthors(inline, s, start, lineEnd)
                ?? ParsePlainAuthorsOnly(inline, s, start, lineEnd);
        }

        private static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal)
        {
            "al", "al.", "and", "bin", "da", "de", "del", "della", "den", "der", "di", "du", "et", "ibn", "la", "le", "van", "von", "y",
        };

        /// <summary>
        /// <c>Title (Authors): text</c> in a plain-text issue, an entry of the years before
        /// <c>(summarized by ...)</c>: recognized only in a paragraph with no Markdown at all, when the
        /// group reads as a list of names and a colon follows it.
        /// </summary>
        private static EntryHeader? ParsePlainAuthorsOnly(InlineText inline, string s, int start, int lineEnd)
        {
            if (inline.Links.Length > 0 || inline.Emphases.Length > 0 || !(char.IsUpper(s[start]) || char.IsDigit(s[start]) || s[start] == '"' || s[start] == '\u201C'))
            {
                return null;
            }

            // "Title (Authors)" alone in its paragraph: an item listed without a summary.
            int last = TrimEnd(s, start, s.Length);
            if (last == TrimEnd(s, start, lineEnd) && last - start <= MaxTitleLength + MaxGroupLength
                && TitleBeforeAuthorGroup(s, start, last, headerEnd: last) is { } listed)
            {
                return listed;
            }

            int colon = s.IndexOf(':', start, Math.Min(lineEnd, start + MaxTitleLength + MaxGroupLength) - start);
            while (colon > start)
            {
                if (TitleBeforeAuthorGroup(s, start, TrimEnd(s, start, colon), headerEnd: colon + 1) is { } header)
                {
                    return header;
                }

                // A colon inside the title ("Norms for beneficial A.I.: A computational analysis"): try the next one.
                int next = colon + 1 < lineEnd ? s.IndexOf(':', colon + 1, lineEnd - colon - 1) : -1;
                colon = next > 0 && next - start <= MaxTitleLength + MaxGroupLength ? next : -1;
            }

            return null;
        }

        /// <summary>
        /// <c>Title (Authors)</c> ending just before <paramref name="groupEnd"/>: the header when the group
        /// reads as names and the title as a title; otherwise null.
        /// </summary>
        private static EntryHeader? TitleBeforeAuthorGroup(string s, int start, int groupEnd, int headerEnd)
        {
            if (groupEnd <= start || s[groupEnd - 1] != ')')
            {
                return null;
            }

            int open = MatchingOpen(s, start, groupEnd - 1);
            if (open <= start)
            {
                return null;
            }

            Classify(s, new List<(int Start, int End)> { (open + 1, groupEnd - 1) }, out List<string> authors, out List<string> summarizers, out bool hasSummarizedBy);
            int titleEnd = TrimEnd(s, start, open);
            string title = Clean(s, start, titleEnd - start);
            bool readsAsEntry = authors.Count > 0 && authors.TrueForAll(LooksLikeName)
                && title.Length > 0 && title.Length <= MaxTitleLength && !title.EndsWith(".", StringComparison.Ordinal);
            return readsAsEntry ? Build(title, null, start, titleEnd, authors, summarizers, hasSummarizedBy, s, headerEnd, null) : null;
        }

        /// <summary>Whether a name reads as a person's or an organization's: capitalized words, initials and particles.</summary>
        private static bool LooksLikeName(string name)
        {
            string[] words = name.Split(' ');
            if (words.Length > 6)
            {
                return false;
            }

            foreach (string word in words)
            {
                if (word.Length == 0)
                {
                    continue;
                }

                if (!(char.IsUpper(word[0]) || NameParticles.Contains(word)) || HasDigit(word))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool HasDigit(string word)
        {
            foreach (char c in word)
            {
                if (char.IsDigit(c))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// <c>Title, parts [I](u) and [II](v) *(Authors)*: text</c>: a title that does not start with a
        /// link, recognized by the italic author group after it.
        /// </summary>
        private static EntryHeader? ParseItalicAuthors(InlineText inline, string s, int start, int lineEnd)
        {
            if (inline.Links.Length == 0 || inline.Links[0].Start >= lineEnd)
            {
                return null;
            }

            foreach (InlineEmphasis emphasis in inline.Emphases)
            {
                if (emphasis.IsStrong || emphasis.Start <= start || emphasis.Start >= lineEnd || emphasis.Start - start > MaxTitleLength)
                {
                    continue;
                }

                string text = s.Substring(emphasis.Start, emphasis.End - emphasis.Start).Trim();
                if (text.Length < 3 || text[0] != '(' || text[text.Length - 1] != ')')
                {
                    continue;
                }

                int open = SkipSpaces(s, emphasis.Start, lineEnd);
                var groups = ReadGroups(s, open, lineEnd, out int afterGroups, out bool unbalanced);
                int next = SkipSpaces(s, afterGroups, s.Length);
                bool colon = next < s.Length && s[next] == ':';
                if (unbalanced || groups.Count == 0 || !(colon || next >= s.Length))
                {
                    return null;
                }

                Classify(s, groups, out List<string> authors, out List<string> summarizers, out bool hasSummarizedBy);
                int titleEnd = TrimEnd(s, start, emphasis.Start);
                string title = Clean(s, start, titleEnd - start);
                if (authors.Count == 0 || title.Length == 0 || inline.Links[0].Start >= titleEnd)
                {
                    return null;
                }

                return Build(title, inline.Links[0].Url, start, titleEnd, authors, summarizers, hasSummarizedBy, s, colon ? next + 1 : next, null);
            }

            return null;
        }

        /// <summary>Whether a paragraph is nothing but a link, possibly bold: a title whose header continues in the next paragraph.</summary>
        public static bool IsLinkOnly(InlineText inline)
        {
            string s = inline.Text;
            int start = SkipSpaces(s, 0, s.Length);
            if (start >= s.Length || inline.LinkStartingAt(start) is not { } link || IsTableOfContentsLink(link))
            {
                return false;
            }

            return IsBlank(s, link.End);
        }

        /// <summary>The entry of a paragraph that is only a linked title: no authors, no summary.</summary>
        public static EntryHeader? LinkOnlyEntry(InlineText inline)
        {
            if (!IsLinkOnly(inline))
            {
                return null;
            }

            string s = inline.Text;
            int start = SkipSpaces(s, 0, s.Length);
            InlineLink link = inline.LinkStartingAt(start)!.Value;
            string title = Clean(s, start, link.End - start);
            if (title.Length == 0 || title.Length > MaxTitleLength)
            {
                return null;
            }

            return new EntryHeader(start, link.End, title, link.Url, new List<string>(), new List<string>(), false, link.End, s.Length, null);
        }

        /// <summary>
        /// The header of an entry whose title link stands alone in one paragraph and whose
        /// <c>(Authors) (summarized by Name):</c> groups start the next.
        /// </summary>
        public static EntryHeader? ParseSplit(InlineText titleParagraph, InlineText groupsParagraph)
        {
            string t = titleParagraph.Text;
            int titleStart = SkipSpaces(t, 0, t.Length);
            InlineLink? link = titleParagraph.LinkStartingAt(titleStart);
            string s = groupsParagraph.Text;
            int lineEnd = groupsParagraph.LineEndFrom(0);

            if (link is null || !StartsWithGroup(s, 0, lineEnd))
            {
                return null;
            }

            var groups = ReadGroups(s, 0, lineEnd, out int afterGroups, out bool unbalanced);
            Classify(s, groups, out List<string> authors, out List<string> summarizers, out bool hasSummarizedBy);
            int next = SkipSpaces(s, afterGroups, s.Length);
            bool colon = next < s.Length && s[next] == ':';
            if (unbalanced || authors.Count == 0 && !hasSummarizedBy || !(colon || next >= s.Length))
            {
                return null;
            }

            int titleEnd = link.Value.End;
            string title = Clean(t, titleStart, titleEnd - titleStart);
            int headerEnd = colon ? next + 1 : next;
            return new EntryHeader(titleStart, titleEnd, title, link.Value.Url, authors, summarizers, hasSummarizedBy, headerEnd, SkipSpaces(s, headerEnd, s.Length), null);
        }

        private static EntryHeader? ParseLinked(InlineText inline, string s, int start, int lineEnd, InlineLink link)
        {
            // The title is the first link and any links joined to it ("[A](u) and [B](v) (Authors)");
            // two works may share one entry: "[A](u) (Authors A) and [B](v) (Authors B): text".
            // Most entries have one title: the list of titles is made only for a second one.
            var groups = new List<(int Start, int End)>();
            int titleEnd = ExtendOverJoinedLinks(inline, s, Math.Min(link.End, lineEnd), lineEnd);
            string title = Clean(s, start, titleEnd - start);
            List<string>? titles = null;
            ReadGroups(s, titleEnd, lineEnd, groups, out int afterGroups, out bool unbalanced);
            while (!unbalanced && groups.Count > 0 && JoinedLinkAt(inline, s, afterGroups, lineEnd) is { } more)
            {
                int moreEnd = ExtendOverJoinedLinks(inline, s, Math.Min(more.End, lineEnd), lineEnd);
                (titles ??= new List<string> { title }).Add(Clean(s, more.Start, moreEnd - more.Start));
                int read = groups.Count;
                ReadGroups(s, moreEnd, lineEnd, groups, out afterGroups, out unbalanced);
                if (groups.Count == read)
                {
                    afterGroups = moreEnd;
                    break;
                }
            }

            int next = SkipSpaces(s, afterGroups, s.Length);
            bool colon = next < s.Length && s[next] == ':';
            bool endsParagraph = IsBlank(s, next);
            if (titles is not null)
            {
                title = string.Join(" and ", titles);
            }

            if (title.Length == 0 || title.Length > MaxTitleLength)
            {
                return null;
            }

            Classify(s, groups, out List<string> authors, out List<string> summarizers, out bool hasSummarizedBy);
            bool hasGroup = authors.Count > 0 || hasSummarizedBy;
            if (unbalanced)
            {
                return Build(title, link.Url, start, titleEnd, authors, summarizers, hasSummarizedBy, s, lineEnd, "a parenthesis of the header is not closed");
            }

            if (hasGroup && (colon || endsParagraph))
            {
                return Build(title, link.Url, start, titleEnd, authors, summarizers, hasSummarizedBy, s, colon ? next + 1 : next, null);
            }

            if (hasGroup)
            {
                // "**[Title](url)** *(Authors)* text..." with no colon after the header.
                if (StartsLikeEntry(inline, start) && AuthorsAreItalic(inline, groups))
                {
                    return Build(title, link.Url, start, titleEnd, authors, summarizers, hasSummarizedBy, s, afterGroups, "the header is not followed by ':'");
                }

                return null;
            }

            if (colon && next == titleEnd)
            {
                // "[Title](url): text": a linked title with no authors, as news items often are.
                return Build(title, link.Url, start, titleEnd, authors, summarizers, hasSummarizedBy, s, next + 1, null);
            }

            if (groups.Count == 0 && ShortTailBeforeColon(s, titleEnd, lineEnd) is { } tailColon)
            {
                // "[BERI](u)/[CHAI](v) ML engineer: text": a job or event named by its links and a few words.
                int end = TrimEnd(s, start, tailColon);
                return Build(Clean(s, start, end - start), link.Url, start, end, authors, summarizers, hasSummarizedBy, s, tailColon + 1, null);
            }

            return null;
        }

        /// <summary>The colon that ends a few title words right after the title's links, if any.</summary>
        private static int? ShortTailBeforeColon(string s, int from, int lineEnd)
        {
            const int MaxTail = 40;
            for (int i = from; i < lineEnd && i - from <= MaxTail; i++)
            {
                char c = s[i];
                if (c == ':')
                {
                    return i > from ? i : null;
                }

                if (c == '.' || c == '(' || c == ')' || c == '!' || c == '?' || c == ';' || c == ',')
                {
                    return null;
                }
            }

            return null;
        }

        /// <summary>Moves past links joined to the title by "and" or a comma.</summary>
        private static int ExtendOverJoinedLinks(InlineText inline, string s, int titleEnd, int lineEnd)
        {
            while (JoinedLinkAt(inline, s, titleEnd, lineEnd) is { } joined && !StartsWithGroup(s, titleEnd, lineEnd))
            {
                titleEnd = Math.Min(joined.End, lineEnd);
            }

            return titleEnd;
        }

        private static bool StartsWithGroup(string s, int from, int lineEnd)
        {
            int i = SkipSpaces(s, from, lineEnd);
            return i < lineEnd && s[i] == '(';
        }

        /// <summary>The link after <c>and</c>, <c>&amp;</c> or a comma at <paramref name="from"/>, if any.</summary>
        private static InlineLink? JoinedLinkAt(InlineText inline, string s, int from, int lineEnd)
        {
            int i = SkipSpaces(s, from, lineEnd);
            if (i < lineEnd && s[i] == ',')
            {
                i = SkipSpaces(s, i + 1, lineEnd);
            }

            if (Matches(s, i, "and") && i + 3 < lineEnd && TextNormalizer.IsSpace(s[i + 3]))
            {
                i = SkipSpaces(s, i + 3, lineEnd);
            }
            else if (i < lineEnd && s[i] == '&')
            {
                i = SkipSpaces(s, i + 1, lineEnd);
            }

            if (i == from || i >= lineEnd)
            {
                return null;
            }

            return inline.LinkStartingAt(i);
        }

        private static bool AuthorsAreItalic(InlineText inline, List<(int Start, int End)> groups)
        {
            foreach (InlineEmphasis emphasis in inline.Emphases)
            {
                if (!emphasis.IsStrong && emphasis.Start <= groups[0].Start - 1 && emphasis.End >= groups[0].End)
                {
                    return true;
                }
            }

            return false;
        }

        private static EntryHeader? ParsePlain(string s, int start, int lineEnd)
        {
            int marker = IndexOfSummarizedBy(s, start, lineEnd);
            if (marker < 0)
            {
                return null;
            }

            // "Title (Authors) (summarized by Name):": the authors are the balanced group just
            // before the marker; everything before them is the title, parentheses and all.
            int authorsEnd = marker;
            int k = marker - 1;
            while (k > start && TextNormalizer.IsSpace(s[k]))
            {
                k--;
            }

            int titleEnd;
            if (k > start && s[k] == ')')
            {
                int open = MatchingOpen(s, start, k);
                if (open < 0)
                {
                    return null;
                }

                titleEnd = TrimEnd(s, start, open);
                authorsEnd = open;
            }
            else
            {
                titleEnd = TrimEnd(s, start, marker);
            }

            var groups = ReadGroups(s, authorsEnd, lineEnd, out int afterGroups, out bool unbalanced);
            string title = Clean(s, start, titleEnd - start);
            if (title.Length == 0 || title.Length > MaxTitleLength)
            {
                return null;
            }

            Classify(s, groups, out List<string> authors, out List<string> summarizers, out bool hasSummarizedBy);
            int next = SkipSpaces(s, afterGroups, s.Length);
            bool colon = next < s.Length && s[next] == ':';
            if (unbalanced)
            {
                return Build(title, null, start, titleEnd, authors, summarizers, hasSummarizedBy, s, lineEnd, "a parenthesis of the header is not closed");
            }

            bool endsParagraph = IsBlank(s, next);
            string? malformation = colon || endsParagraph ? null : "the header is not followed by ':'";
            return Build(title, null, start, titleEnd, authors, summarizers, hasSummarizedBy, s, colon ? next + 1 : afterGroups, malformation);
        }

        private static EntryHeader Build(string title, string? url, int titleStart, int titleEnd, List<string> authors, List<string> summarizers, bool hasSummarizedBy, string s, int headerEnd, string? malformation)
        {
            int bodyStart = SkipSpaces(s, headerEnd, s.Length);
            return new EntryHeader(titleStart, titleEnd, title, url, authors, summarizers, hasSummarizedBy, headerEnd, bodyStart, malformation);
        }

        /// <summary>Reads consecutive balanced <c>(...)</c> groups on the header line.</summary>
        private static List<(int Start, int End)> ReadGroups(string s, int from, int lineEnd, out int after, out bool unbalanced)
        {
            var groups = new List<(int Start, int End)>();
            ReadGroups(s, from, lineEnd, groups, out after, out unbalanced);
            return groups;
        }

        /// <summary>As <see cref="ReadGroups(string, int, int, out int, out bool)"/>, adding the groups to <paramref name="groups"/>.</summary>
        private static void ReadGroups(string s, int from, int lineEnd, List<(int Start, int End)> groups, out int after, out bool unbalanced)
        {
            unbalanced = false;
            int i = from;
            while (true)
            {
                int j = SkipSpaces(s, i, lineEnd);
                if (j >= lineEnd || s[j] != '(')
                {
                    break;
                }

                int close = MatchingClose(s, j, Math.Min(lineEnd, j + MaxGroupLength));
                if (close < 0)
                {
                    unbalanced = IndexOfSummarizedBy(s, j, Math.Min(lineEnd, j + 20)) == j;
                    break;
                }

                groups.Add((j + 1, close));
                i = close + 1;
            }

            after = i;
        }

        internal static void Classify(string s, List<(int Start, int End)> groups, out List<string> authors, out List<string> summarizers, out bool hasSummarizedBy)
        {
            authors = new List<string>();
            summarizers = new List<string>();
            hasSummarizedBy = false;
            bool authorsSeen = false;
            foreach ((int start, int end) in groups)
            {
                string content = Clean(s, start, end - start);
                int marker = IndexOfSummarizedBy(content, 0, Math.Min(content.Length, 1));
                if (marker == 0)
                {
                    hasSummarizedBy = true;
                    int names = content.IndexOf(" by", StringComparison.OrdinalIgnoreCase) + 3;
                    SplitNames(content, names, content.Length, summarizers);
                }
                else if (IsReference(content))
                {
                    // "(AN #28)" cites an earlier issue: not an author group.
                }
                else if (content.StartsWith("H/T", StringComparison.OrdinalIgnoreCase))
                {
                    // A hat tip names who pointed the editor to the work: not an author.
                }
                else if (!authorsSeen && !hasSummarizedBy)
                {
                    authorsSeen = true;
                    SplitNames(content, 0, content.Length, authors);
                }
            }
        }

        /// <summary>Splits <c>A, B, and C</c> or <c>A and B</c> into names; <c>A et al</c> stays one name.</summary>
        public static List<string> SplitNames(string text)
        {
            var names = new List<string>();
            SplitNames(text, 0, text.Length, names);
            return names;
        }

        /// <summary>As <see cref="SplitNames(string)"/>, for the text from <paramref name="from"/> to <paramref name="to"/>, adding the names to <paramref name="names"/>.</summary>
        private static void SplitNames(string text, int from, int to, List<string> names)
        {
            // Ranges of the text, not substrings: each name is copied once, folded.
            int partStart = from;
            while (partStart <= to)
            {
                int comma = text.IndexOf(',', partStart, to - partStart);
                int partEnd = comma < 0 ? to : comma;
                (int start, int end) = Trimmed(text, partStart, partEnd);
                if (end - start >= 4 && string.CompareOrdinal(text, start, "and ", 0, 4) == 0)
                {
                    (start, end) = Trimmed(text, start + 4, end);
                }

                int and = end > start ? text.IndexOf(" and ", start, end - start, StringComparison.Ordinal) : -1;
                while (and > start)
                {
                    AddName(names, text, start, and);
                    (start, end) = Trimmed(text, and + 5, end);
                    and = end > start ? text.IndexOf(" and ", start, end - start, StringComparison.Ordinal) : -1;
                }

                int amp = end > start ? text.IndexOf(" & ", start, end - start, StringComparison.Ordinal) : -1;
                if (amp > start)
                {
                    AddName(names, text, start, amp);
                    start = amp + 3;
                }

                AddName(names, text, start, end);
                if (comma < 0)
                {
                    break;
                }

                partStart = comma + 1;
            }
        }

        /// <summary>The range without the white space <see cref="string.Trim()"/> removes (<see cref="TextNormalizer.IsSpace"/>'s).</summary>
        private static (int Start, int End) Trimmed(string text, int start, int end)
        {
            while (start < end && TextNormalizer.IsSpace(text[start]))
            {
                start++;
            }

            return (start, TrimEnd(text, start, end));
        }

        private static void AddName(List<string> names, string text, int start, int end)
        {
            string name = end > start ? TextNormalizer.FoldWhitespace(text, start, end - start) : string.Empty;
            if (name.Length > 0)
            {
                names.Add(name);
            }
        }

        private static bool IsReference(string content)
        {
            if (!content.StartsWith("AN", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            int i = 2;
            while (i < content.Length && content[i] == ' ')
            {
                i++;
            }

            return i < content.Length && content[i] == '#';
        }

        private static bool StartsLikeEntry(InlineText inline, int start)
        {
            // A bold title, or a title followed by an italic author group, is the entry shape.
            foreach (InlineEmphasis emphasis in inline.Emphases)
            {
                if (emphasis.Start == start && emphasis.IsStrong)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>A link to an anchor of the issue itself: <c>about:blank#HIGHLIGHTS</c> in posts, <c>#HIGHLIGHTS</c> in the email.</summary>
        private static bool IsTableOfContentsLink(InlineLink link)
            => link.Url is not null && (link.Url.StartsWith("about:blank", StringComparison.OrdinalIgnoreCase) || link.Url.StartsWith("#", StringComparison.Ordinal));

        internal static int IndexOfSummarizedBy(string s, int from, int to)
        {
            to = Math.Min(to, s.Length);
            if (from < to && IsSummarizedBy(s, from))
            {
                return from;
            }

            return IndexOfOpenedMarker(s, from, to);
        }

        /// <summary>The first <c>(summarized by</c> (or <c>(summarised</c>, <c>(summary</c>) whose parenthesis stands in [<paramref name="from"/>, <paramref name="to"/>), or -1.</summary>
        internal static int IndexOfOpenedMarker(string s, int from, int to)
        {
            // Every such marker starts with "(s", in either case: jump between those pairs with a
            // vectorized search (a search for the parenthesis alone stops at every link's target).
            for (int i = VectorScan.IndexOfPairIgnoreCase(s, from, to, '(', 's'); i >= 0; i = VectorScan.IndexOfPairIgnoreCase(s, i + 1, to, '(', 's'))
            {
                if (IsSummarizedBy(s, i + 1))
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>Whether the words of a summarizer group (<c>summarized by</c>, <c>summarised by</c>, <c>summary by</c>) start at <paramref name="at"/>, in any case.</summary>
        internal static bool IsSummarizedBy(string s, int at)
            => at >= 0 && at < s.Length && (s[at] | 0x20) == 's'
                && (Matches(s, at, "summarized by") || Matches(s, at, "summarised by") || Matches(s, at, "summary by"));

        /// <summary>The newsletter's ASCII word at <paramref name="at"/>, in any case (it stops at the first letter that differs).</summary>
        private static bool Matches(string s, int at, string word) => AsciiSearch.EqualsAt(s, at, word);

        private static int MatchingClose(string s, int open, int limit)
        {
            int depth = 0;
            for (int i = open; i < limit && i < s.Length; i++)
            {
                if (s[i] == '(')
                {
                    depth++;
                }
                else if (s[i] == ')')
                {
                    depth--;
                    if (depth == 0)
                    {
                        return i;
                    }
                }
            }

            return -1;
        }

        private static int MatchingOpen(string s, int floor, int close)
        {
            int depth = 0;
            for (int i = close; i >= floor && close - i <= MaxGroupLength; i--)
            {
                if (s[i] == ')')
                {
                    depth++;
                }
                else if (s[i] == '(')
                {
                    depth--;
                    if (depth == 0)
                    {
                        return i;
                    }
                }
            }

            return -1;
        }

        /// <summary>Whether <paramref name="s"/> holds only white space from <paramref name="from"/> on.</summary>
        private static bool IsBlank(string s, int from)
        {
            for (int i = from; i < s.Length; i++)
            {
                if (!TextNormalizer.IsSpace(s[i]))
                {
                    return false;
                }
            }

            return true;
        }

        private static int SkipSpaces(string s, int i, int limit)
        {
            while (i < limit && i < s.Length && (s[i] == ' ' || s[i] == '\u00A0' || s[i] == '\t'))
            {
                i++;
            }

            return i;
        }

        private static int FirstNonSpace(string s, int from, int to) => SkipSpaces(s, from, to);

        private static int TrimEnd(string s, int floor, int end)
        {
            while (end > floor && TextNormalizer.IsSpace(s[end - 1]))
            {
                end--;
            }

            return end;
        }

        private static string Clean(string text) => TextNormalizer.FoldWhitespace(text);

        /// <summary>The folded text of a range: one copy, not a substring and a folded copy of it.</summary>
        private static string Clean(string text, int start, int length) => TextNormalizer.FoldWhitespace(text, start, length);
    }
}
