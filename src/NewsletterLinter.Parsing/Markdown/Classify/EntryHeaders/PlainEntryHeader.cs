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
    /// <summary>The plain-text header forms: <c>Title (Authors) (summarized by Name): body</c>, italic author groups, and the authors-only entries of the years before <c>(summarized by ...)</c>.</summary>
    internal static class PlainEntryHeader
    {
        internal static EntryHeader? ParsePlain(string s, int start, int lineEnd)
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

            Classify(s, groups, out List<string> authors, out List<string> summarizers, out bool hasSummarizedBy, out List<string>? hatTips);
            int next = SkipSpaces(s, afterGroups, s.Length);
            bool colon = next < s.Length && s[next] == ':';
            if (unbalanced)
            {
                return Build(title, null, start, titleEnd, authors, summarizers, hasSummarizedBy, hatTips, s, lineEnd, "a parenthesis of the header is not closed");
            }

            bool endsParagraph = IsBlank(s, next);
            string? malformation = colon || endsParagraph ? null : "the header is not followed by ':'";
            return Build(title, null, start, titleEnd, authors, summarizers, hasSummarizedBy, hatTips, s, colon ? next + 1 : afterGroups, malformation);
        }

        /// <summary>
        /// <c>Title (Authors): text</c> in a plain-text issue, an entry of the years before
        /// <c>(summarized by ...)</c>: recognized only in a paragraph with no Markdown at all, when the
        /// group reads as a list of names and a colon follows it.
        /// </summary>
        internal static EntryHeader? ParsePlainAuthorsOnly(InlineText inline, string s, int start, int lineEnd)
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
        internal static EntryHeader? TitleBeforeAuthorGroup(string s, int start, int groupEnd, int headerEnd)
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

            Classify(s, new List<(int Start, int End)> { (open + 1, groupEnd - 1) }, out List<string> authors, out List<string> summarizers, out bool hasSummarizedBy, out List<string>? hatTips);
            int titleEnd = TrimEnd(s, start, open);
            string title = Clean(s, start, titleEnd - start);
            bool readsAsEntry = authors.Count > 0 && authors.TrueForAll(LooksLikeName)
                && title.Length > 0 && title.Length <= MaxTitleLength && !title.EndsWith(".", StringComparison.Ordinal);
            return readsAsEntry ? Build(title, null, start, titleEnd, authors, summarizers, hasSummarizedBy, hatTips, s, headerEnd, null) : null;
        }

        /// <summary>
        /// <c>Title, parts [I](u) and [II](v) *(Authors)*: text</c>: a title that does not start with a
        /// link, recognized by the italic author group after it.
        /// </summary>
        internal static EntryHeader? ParseItalicAuthors(InlineText inline, string s, int start, int lineEnd)
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

                Classify(s, groups, out List<string> authors, out List<string> summarizers, out bool hasSummarizedBy, out List<string>? hatTips);
                int titleEnd = TrimEnd(s, start, emphasis.Start);
                string title = Clean(s, start, titleEnd - start);
                if (authors.Count == 0 || title.Length == 0 || inline.Links[0].Start >= titleEnd)
                {
                    return null;
                }

                return Build(title, inline.Links[0].Url, start, titleEnd, authors, summarizers, hasSummarizedBy, hatTips, s, colon ? next + 1 : next, null);
            }

            return null;
        }
    }
}
