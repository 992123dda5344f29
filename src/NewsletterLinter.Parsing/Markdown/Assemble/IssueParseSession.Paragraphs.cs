using System;
using System.Collections.Generic;
using System.Text;
using NewsletterLinter.Parsing.FastPaths;
using NewsletterLinter.Parsing.Markdown;
using NewsletterLinter.Parsing.Model;
using NewsletterLinter.Parsing.Text;

namespace NewsletterLinter.Parsing.Markdown
{
    /// <content>Paragraphs: what each is (title line, footer, header, opinion, <c>Read more</c> line, entry header, body) and where it goes.</content>
    internal sealed partial class IssueParseSession
    {
        private void OnParagraph(InlineText inline)
        {
            if (TryTitleLine(inline))
            {
                return;
            }

            if (_inFooter || IsMailingListFooter(inline.Text))
            {
                // The mailing list's footer (copyright, unsubscribe) closes the issue: nothing after it is content.
                _inFooter = true;
                CloseEntry();
                CloseOrphan();
                return;
            }

            _seenContent = true;

            if (TryHeaderParagraph(inline))
            {
                ScanReferences(inline, out _);
                return;
            }

            if (CurrentSectionEntry is { IsContents: true } && _subsection is null)
            {
                // The table of contents lists sections as links; nothing in it is content.
                return;
            }

            OpinionLabel? label = OpinionLabelParser.Parse(inline);
            if (label is { } opinionLabel)
            {
                StartOpinion(inline, opinionLabel);
                return;
            }

            if (_afterReadMore && _entry is not null && LinkedEntryHeader.IsLinkOnly(inline))
            {
                // A Read more link that continues in the next paragraph.
                ScanReferences(inline, out List<Reference> more);
                _entry.AddReadMore(inline, 0, _lines);
                _entry.References.AddRange(more);
                _entry.End = Math.Max(_entry.End, inline.SourceEnd);
                return;
            }

            _afterReadMore = false;
            if (ReadMoreLabel.End(inline.Text, 0, inline.Text.Length) is var readMoreEnd && readMoreEnd >= 0)
            {
                _afterReadMore = true;
                ScanReferences(inline, out List<Reference> found);
                if (_entry is not null)
                {
                    _entry.AddReadMore(inline, readMoreEnd, _lines);
                    _entry.References.AddRange(found);
                    _entry.End = Math.Max(_entry.End, inline.SourceEnd);
                }

                return;
            }

            EntryHeader? header = EntryHeaderParser.Parse(inline);
            if (header is not null)
            {
                StartEntry(inline, inline, header);
                return;
            }

            if ((_section is not null || _subsection is not null) && LinkedEntryHeader.LinkOnlyEntry(inline) is { } listed)
            {
                // A linked title alone in its paragraph, inside a section: an item listed without a summary.
                StartEntry(inline, inline, listed);
                return;
            }

            AppendBody(inline);
        }

        /// <summary>The first paragraph of a mailing list's footer: the copyright line or the unsubscribe line.</summary>
        private static bool IsMailingListFooter(string text)
        {
            int start = 0;
            while (start < text.Length && TextNormalizer.IsSpace(text[start]))
            {
                start++;
            }

            bool copyright = start < text.Length && (text[start] | 0x20) == 'c'
                && (string.Compare(text, start, "Copyright \u00A9", 0, 11, StringComparison.OrdinalIgnoreCase) == 0
                    || string.Compare(text, start, "Copyright (c)", 0, 13, StringComparison.OrdinalIgnoreCase) == 0);
            return copyright
                || (text.Length < 400 && AsciiSearch.IndexOfIgnoreCase(text, "unsubscribe from this list", 0, text.Length) >= 0);
        }
    }
}
