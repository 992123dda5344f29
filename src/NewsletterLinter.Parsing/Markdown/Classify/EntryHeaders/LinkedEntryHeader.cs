using System;
using System.Collections.Generic;
using NewsletterLinter.Parsing.FastPaths;
using NewsletterLinter.Parsing.Text;
using static NewsletterLinter.Parsing.Markdown.AuthorGroups;
using static NewsletterLinter.Parsing.Markdown.EntryHeaderParser;
using static NewsletterLinter.Parsing.Markdown.SplitEntryHeader;
using static NewsletterLinter.Parsing.Text.TextScanner;

namespace NewsletterLinter.Parsing.Markdown
{
    /// <summary>The Markdown header forms: <c>**[Title](url)** *(Authors)* (summarized by Name): body</c>, a title of several joined links, and a link alone before a summarizer group.</summary>
    internal static class LinkedEntryHeader
    {
        internal static EntryHeader? ParseLinked(InlineText inline, string s, int start, int lineEnd, InlineLink link)
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

            Classify(s, groups, out List<string> authors, out List<string> summarizers, out bool hasSummarizedBy, out List<string>? hatTips);
            bool hasGroup = authors.Count > 0 || hasSummarizedBy;
            if (unbalanced)
            {
                return Build(title, link.Url, start, titleEnd, authors, summarizers, hasSummarizedBy, hatTips, s, lineEnd, "a parenthesis of the header is not closed");
            }

            if (hasGroup && (colon || endsParagraph))
            {
                return Build(title, link.Url, start, titleEnd, authors, summarizers, hasSummarizedBy, hatTips, s, colon ? next + 1 : next, null);
            }

            if (hasGroup)
            {
                // "**[Title](url)** *(Authors)* text..." with no colon after the header.
                if (StartsLikeEntry(inline, start) && AuthorsAreItalic(inline, groups))
                {
                    return Build(title, link.Url, start, titleEnd, authors, summarizers, hasSummarizedBy, hatTips, s, afterGroups, "the header is not followed by ':'");
                }

                return null;
            }

            if (colon && next == titleEnd)
            {
                // "[Title](url): text": a linked title with no authors, as news items often are.
                return Build(title, link.Url, start, titleEnd, authors, summarizers, hasSummarizedBy, hatTips, s, next + 1, null);
            }

            if (groups.Count == 0 && ShortTailBeforeColon(s, titleEnd, lineEnd) is { } tailColon)
            {
                // "[BERI](u)/[CHAI](v) ML engineer: text": a job or event named by its links and a few words.
                int end = TrimEnd(s, start, tailColon);
                return Build(Clean(s, start, end - start), link.Url, start, end, authors, summarizers, hasSummarizedBy, hatTips, s, tailColon + 1, null);
            }

            return null;
        }

        /// <summary>The colon that ends a few title words right after the title's links, if any.</summary>
        internal static int? ShortTailBeforeColon(string s, int from, int lineEnd)
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
        internal static int ExtendOverJoinedLinks(InlineText inline, string s, int titleEnd, int lineEnd)
        {
            while (JoinedLinkAt(inline, s, titleEnd, lineEnd) is { } joined && !StartsWithGroup(s, titleEnd, lineEnd))
            {
                titleEnd = Math.Min(joined.End, lineEnd);
            }

            return titleEnd;
        }

        internal static bool StartsWithGroup(string s, int from, int lineEnd)
        {
            int i = SkipSpaces(s, from, lineEnd);
            return i < lineEnd && s[i] == '(';
        }

        /// <summary>The link after <c>and</c>, <c>&amp;</c> or a comma at <paramref name="from"/>, if any.</summary>
        internal static InlineLink? JoinedLinkAt(InlineText inline, string s, int from, int lineEnd)
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

        internal static bool AuthorsAreItalic(InlineText inline, List<(int Start, int End)> groups)
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
    }
}
