using System;
using System.Collections.Generic;
using NewsletterLinter.Parsing.FastPaths;
using NewsletterLinter.Parsing.Text;
using static NewsletterLinter.Parsing.Markdown.LinkedEntryHeader;
using static NewsletterLinter.Parsing.Markdown.PlainEntryHeader;
using static NewsletterLinter.Parsing.Text.TextScanner;

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
        string? Malformation)
    {
        /// <summary>The names of the header's <c>(H/T ...)</c> groups, who pointed the editor to the work; null when it has none.</summary>
        public IReadOnlyList<string>? HatTips { get; init; }
    }

    /// <summary>
    /// Recognizes the header of a summary entry at the start of a paragraph:
    /// <c>**[Title](url)** *(Authors)* (summarized by Name): body</c> in Markdown, or
    /// <c>Title (Authors) (summarized by Name): body</c> in plain text. Titles may hold parentheses,
    /// colons and question marks; the author and summarizer groups are balanced parentheses.
    /// </summary>
    internal static class EntryHeaderParser
    {
        internal const int MaxTitleLength = 400;

        /// <summary>The entry header at the start of <paramref name="inline"/>, if any, read once per text (<see cref="InlineText.EntryHeader"/>).</summary>
        public static EntryHeader? Parse(InlineText inline) => inline.EntryHeader;

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

        internal static bool StartsLikeEntry(InlineText inline, int start)
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
        internal static bool IsTableOfContentsLink(InlineLink link)
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
        internal static bool Matches(string s, int at, string word) => AsciiSearch.EqualsAt(s, at, word);

        /// <summary>The folded text of a range: one copy, not a substring and a folded copy of it.</summary>
        internal static string Clean(string text, int start, int length) => TextNormalizer.FoldWhitespace(text, start, length);
    }
}
