using System;
using System.Collections.Generic;
using System.Text;
using NewsletterLinter.Parsing.FastPaths;
using NewsletterLinter.Parsing.Markdown;
using NewsletterLinter.Parsing.Model;
using NewsletterLinter.Parsing.Text;
using SourceSpan = NewsletterLinter.Parsing.Model.SourceSpan;

namespace NewsletterLinter.Parsing.Markdown
{
    /// <content>Summary entries: their headers (in one unit or split over two), their bodies and the references in them.</content>
    internal sealed partial class IssueParseSession
    {
        private bool TryStartSplitEntry(InlineText title, InlineText groups)
        {
            EntryHeader? header = SplitEntryHeader.ParseSplit(title, groups);
            if (header is null)
            {
                return false;
            }

            StartEntry(title, groups, header);
            return true;
        }

        private void StartEntry(InlineText titleInline, InlineText inline, EntryHeader header)
        {
            CloseEntry();
            CloseOrphan();
            ScanReferences(inline, out List<Reference> found);
            if (!ReferenceEquals(titleInline, inline))
            {
                ScanReferences(titleInline, out List<Reference> inTitle);
                if (inTitle.Count > 0)
                {
                    var both = new List<Reference>(inTitle);
                    both.AddRange(found);
                    found = both;
                }
            }

            int headerEnd = inline.SourceEndIncludingMarkers(header.HeaderEnd);
            var span = _lines.Span(titleInline.SourceStart, headerEnd);
            if (header.Malformation is { } malformation)
            {
                _problems.Add(new ParseProblem(
                    ParseProblemKind.MalformedEntryHeader,
                    $"The paragraph looks like a summary entry '{Shorten(header.Title)}' but {malformation}; expected 'Title (Authors) (summarized by Name): text'",
                    span));
            }

            _entry = new EntryBuilder(header, span, _lines.Span(titleInline.SourceOffset(header.TitleStart), titleInline.SourceEndOffset(header.TitleEnd)), _section, _subsection)
            {
                End = inline.SourceEnd,
            };
            _entry.References.AddRange(found);
            _entry.AddMoreTitleUrls(inline, header.TitleStart, header.TitleEnd);
            if (_entry.Body.AddTrimmed(inline.Text, header.BodyStart))
            {
                _entry.BodyStart = BodySourceStart(headerEnd, inline.SourceOffset(header.BodyStart));
                _entry.BodyEnd = inline.SourceEnd;
                EntryBuilder.AddLinks(_entry.Links, inline, header.BodyStart);
            }
        }

        /// <summary>
        /// Where a body that shares its header's paragraph starts in the source: at the first
        /// character after the header, so that the markup opening the body (a link's bracket, an
        /// image, a code span's backtick) is the body's, not lost between the two.
        /// </summary>
        private int BodySourceStart(int headerEnd, int firstText)
        {
            int at = Math.Min(headerEnd, firstText);
            while (at < firstText && char.IsWhiteSpace(_text[at]))
            {
                at++;
            }

            return at;
        }

        private void AppendBody(InlineText inline)
        {
            ScanReferences(inline, out List<Reference> found);
            if (_entry is not null)
            {
                _entry.References.AddRange(found);
                _entry.End = Math.Max(_entry.End, inline.SourceEnd);
                if (_opinion is not null)
                {
                    _opinion.References.AddRange(found);
                    _opinion.Text.AddTrimmed(inline.Text);
                    _opinion.End = Math.Max(_opinion.End, inline.SourceEnd);
                    EntryBuilder.AddLinks(_opinion.Links, inline, 0);
                }
                else if (_entry.Body.AddTrimmed(inline.Text))
                {
                    _entry.BodyStart ??= inline.SourceStart;
                    _entry.BodyEnd = inline.SourceEnd;
                    EntryBuilder.AddLinks(_entry.Links, inline, 0);
                }

                return;
            }

            if (_orphan is not null)
            {
                _orphan.References.AddRange(found);
                _orphan.Text.AddTrimmed(inline.Text);
                EntryBuilder.AddLinks(_orphan.Links, inline, 0);
                _orphan.End = Math.Max(_orphan.End, inline.SourceEnd);
                return;
            }

            if (_section is null && _subsection is null)
            {
                _preamble.AddTrimmed(inline.Text);
            }
        }

        private void ScanReferences(InlineText inline, out List<Reference> found)
        {
            List<Reference> buffer = scratch ??= new List<Reference>();
            buffer.Clear();
            ReferenceScanner.Scan(inline, _lines, buffer);
            if (buffer.Count == 0)
            {
                found = NoReferences;
                return;
            }

            found = new List<Reference>(buffer);
            _references.AddRange(found);
        }

        private void CloseEntry()
        {
            if (_entry is null)
            {
                return;
            }

            _summaries.Add(_entry.Build(_lines, _options.EditorName));
            _entry = null;
            _opinion = null;
        }
    }
}
