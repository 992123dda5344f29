using System.Collections.Generic;
using NewsletterLinter.Parsing.FastPaths;
using NewsletterLinter.Parsing.Text;
using static NewsletterLinter.Parsing.Markdown.AuthorGroups;
using static NewsletterLinter.Parsing.Markdown.EntryHeaderParser;
using static NewsletterLinter.Parsing.Markdown.LinkedEntryHeader;
using static NewsletterLinter.Parsing.Text.TextScanner;

namespace NewsletterLinter.Parsing.Markdown
{
    /// <summary>A header split over two units: the linked title in one, the author and summarizer groups at the start of the next.</summary>
    internal static class SplitEntryHeader
    {
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
            Classify(s, groups, out List<string> authors, out List<string> summarizers, out bool hasSummarizedBy, out List<string>? hatTips);
            int next = SkipSpaces(s, afterGroups, s.Length);
            bool colon = next < s.Length && s[next] == ':';
            if (unbalanced || authors.Count == 0 && !hasSummarizedBy || !(colon || next >= s.Length))
            {
                return null;
            }

            int titleEnd = link.Value.End;
            string title = Clean(t, titleStart, titleEnd - titleStart);
            int headerEnd = colon ? next + 1 : next;
            return new EntryHeader(titleStart, titleEnd, title, link.Value.Url, authors, summarizers, hasSummarizedBy, headerEnd, SkipSpaces(s, headerEnd, s.Length), null) { HatTips = hatTips };
        }
    }
}
