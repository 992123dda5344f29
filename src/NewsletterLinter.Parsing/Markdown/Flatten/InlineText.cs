using System;
using System.Collections.Generic;
using Markdig.Helpers;
using Markdig.Syntax;
using NewsletterLinter.Parsing.FastPaths;

namespace NewsletterLinter.Parsing.Markdown
{
    /// <summary>A link inside an <see cref="InlineText"/>: plain-text range and target.</summary>
    internal readonly record struct InlineLink(int Start, int End, string? Url, int SourceStart, int SourceEnd);

    /// <summary>An emphasis run inside an <see cref="InlineText"/>: plain-text range and source range, markers included.</summary>
    internal readonly record struct InlineEmphasis(int Start, int End, bool IsStrong, int SourceStart, int SourceEnd);

    /// <summary>
    /// The plain text of a paragraph or heading, Markdown markers removed, with the source offset of
    /// every character so that what is found in the plain text can be located in the file.
    /// The seeds' plain-text form and the Markdown form look the same through it.
    /// </summary>
    internal sealed partial class InlineText
    {
        // The map from plain text to source, one segment per literal run (not one entry per
        // character), three numbers a segment in one array: segment k covers plain indices
        // [_map[3k], the next segment's start), starts at source offset _map[3k + 1] and maps onto
        // _map[3k + 2] characters of the source.
        private readonly int[] _map;

        private InlineText(string text, int[] map, InlineLink[] links, InlineEmphasis[] emphases, int sourceStart, int sourceEnd)
        {
            Text = text;
            _map = map;
            Links = links;
            Emphases = emphases;
            SourceStart = sourceStart;
            SourceEnd = sourceEnd;
        }

        public string Text { get; }

        // The index of the text's first line break, once asked: -1 for none, -2 until then.
        private int _firstLineBreak = -2;

        /// <summary>The index of the first <c>'\n'</c> of <see cref="Text"/>, or -1: searched once, as several stages ask.</summary>
        public int FirstLineBreak => _firstLineBreak != -2 ? _firstLineBreak : (_firstLineBreak = Text.IndexOf('\n'));

        /// <summary>The end of the line of <see cref="Text"/> that holds index <paramref name="start"/>: its line break, or the text's length.</summary>
        public int LineEndFrom(int start)
        {
            int first = FirstLineBreak;
            int end = first < 0 ? -1 : first >= start ? first : Text.IndexOf('\n', start);
            return end < 0 ? Text.Length : end;
        }

        // The entry header at the start of the text, once read: several stages ask for it.
        private EntryHeader? _entryHeader;
        private bool _entryHeaderRead;

        /// <summary>
        /// The entry header at the start of the text, if any (<see cref="EntryHeaderParser.Read"/>),
        /// read on first use and kept: the flatten stage reads the first line of a paragraph of several
        /// lines to see where it may be cut, and the assemble stage asks for the same unit again.
        /// </summary>
        public EntryHeader? EntryHeader
        {
            get
            {
                if (!_entryHeaderRead)
                {
                    _entryHeader = EntryHeaderParser.Read(this);
                    _entryHeaderRead = true;
                }

                return _entryHeader;
            }
        }

        public InlineLink[] Links { get; }

        public InlineEmphasis[] Emphases { get; }

        /// <summary>The source offset of the block's first character.</summary>
        public int SourceStart { get; }

        /// <summary>The source offset just past the block's last character.</summary>
        public int SourceEnd { get; }

        /// <summary>The source offset of plain-text index <paramref name="index"/>; just past the last character for the end.</summary>
        public int SourceOffset(int index)
        {
            if (Text.Length == 0 || _map.Length == 0)
            {
                return SourceStart;
            }

            if (index >= Text.Length)
            {
                return Map(Text.Length - 1) + 1;
            }

            return Map(Math.Max(0, index));
        }

        /// <summary>The source offset just past plain-text range ending at <paramref name="endExclusive"/>.</summary>
        public int SourceEndOffset(int endExclusive)
        {
            if (endExclusive <= 0 || Text.Length == 0)
            {
                return SourceOffset(0);
            }

            return Map(Math.Min(endExclusive, Text.Length) - 1) + 1;
        }

        private int Map(int index)
        {
            // The last segment starting at or before the index (segment starts increase strictly).
            int low = 0;
            int high = (_map.Length / 3) - 1;
            while (low < high)
            {
                int middle = (low + high + 1) >> 1;
                if (_map[3 * middle] <= index)
                {
                    low = middle;
                }
                else
                {
                    high = middle - 1;
                }
            }

            int k = 3 * low;
            int within = index - _map[k];
            return _map[k + 1] + Math.Min(within, Math.Max(0, _map[k + 2] - 1));
        }

        /// <summary>
        /// The source offset just past plain-text range ending at <paramref name="endExclusive"/>,
        /// including the closing markers of emphasis and links that end there (<c>*(Authors)*</c>).
        /// </summary>
        public int SourceEndIncludingMarkers(int endExclusive)
        {
            int end = SourceEndOffset(endExclusive);
            foreach (InlineEmphasis emphasis in Emphases)
            {
                if (emphasis.End == endExclusive && emphasis.SourceEnd > end)
                {
                    end = emphasis.SourceEnd;
                }
            }

            foreach (InlineLink link in Links)
            {
                if (link.End == endExclusive && link.SourceEnd > end)
                {
                    end = link.SourceEnd;
                }
            }

            return end;
        }

        /// <summary>The link that starts at plain-text index <paramref name="index"/>, if any.</summary>
        public InlineLink? LinkStartingAt(int index)
        {
            foreach (InlineLink link in Links)
            {
                if (link.Start == index && link.End > link.Start)
                {
                    return link;
                }
            }

            return null;
        }

        /// <summary>The last link that ends at or before <paramref name="index"/>, if any.</summary>
        public InlineLink? LinkEndingBefore(int index)
        {
            InlineLink? found = null;
            foreach (InlineLink link in Links)
            {
                if (link.End <= index && link.End > link.Start)
                {
                    found = link;
                }
            }

            return found;
        }

        /// <summary>
        /// The part of this text from plain index <paramref name="start"/> to <paramref name="end"/>,
        /// with its own map to the source: a paragraph cut where the paragraph breaks of the
        /// original were lost. The part's source range covers the opening markers of the links and
        /// emphasis that start it; a part that ends the text ends where the block ends.
        /// </summary>
        public InlineText Slice(int start, int end)
        {
            start = Math.Max(0, Math.Min(start, Text.Length));
            end = Math.Max(start, Math.Min(end, Text.Length));
            if (start == 0 && end == Text.Length)
            {
                return this;
            }

            var map = new List<int>();
            int segments = _map.Length / 3;
            for (int k = 0; k < segments; k++)
            {
                int segmentStart = _map[3 * k];
                int segmentEnd = k + 1 < segments ? _map[3 * (k + 1)] : Text.Length;
                if (segmentEnd <= start || segmentStart >= end)
                {
                    continue;
                }

                int cut = Math.Max(0, start - segmentStart);
                int segmentSource = _map[(3 * k) + 1];
                int segmentSourceLength = _map[(3 * k) + 2];
                bool oneToOne = segmentSourceLength == segmentEnd - segmentStart;
                map.Add(Math.Max(segmentStart, start) - start);
                map.Add(oneToOne ? segmentSource + cut : segmentSource);
                map.Add(oneToOne ? Math.Min(segmentEnd, end) - Math.Max(segmentStart, start) : segmentSourceLength);
            }

            if (map.Count == 0)
            {
                map.Add(0);
                map.Add(SourceOffset(start));
                map.Add(0);
            }

            var links = new List<InlineLink>();
            foreach (InlineLink link in Links)
            {
                if (link.End > start && link.Start < end)
                {
                    links.Add(link with { Start = Math.Max(link.Start, start) - start, End = Math.Min(link.End, end) - start });
                }
            }

            var emphases = new List<InlineEmphasis>();
            foreach (InlineEmphasis emphasis in Emphases)
            {
                if (emphasis.End > start && emphasis.Start < end)
                {
                    emphases.Add(emphasis with { Start = Math.Max(emphasis.Start, start) - start, End = Math.Min(emphasis.End, end) - start });
                }
            }

            int sourceStart = start == 0 ? SourceStart : SourceOffset(start);
            foreach (InlineLink link in Links)
            {
                if (link.Start == start)
                {
                    sourceStart = Math.Min(sourceStart, link.SourceStart);
                }
            }

            foreach (InlineEmphasis emphasis in Emphases)
            {
                if (emphasis.Start == start)
                {
                    sourceStart = Math.Min(sourceStart, emphasis.SourceStart);
                }
            }

            int sourceEnd = end == Text.Length ? SourceEnd : SourceEndOffset(end);
            return new InlineText(Text.Substring(start, end - start), map.ToArray(), links.Count == 0 ? Array.Empty<InlineLink>() : links.ToArray(), emphases.Count == 0 ? Array.Empty<InlineEmphasis>() : emphases.ToArray(), sourceStart, Math.Max(sourceStart, sourceEnd));
        }

        /// <summary>Builds the plain text of a leaf block's inlines.</summary>
        public static InlineText FromBlock(LeafBlock block, string source)
        {
            // One builder per thread, reused paragraph after paragraph: its buffers grow once.
            Builder builder = cachedBuilder ??= new Builder();
            builder.Reset(source);
            if (block.Inline is not null)
            {
                builder.AppendContainer(block.Inline);
            }
            else if (SimpleInlines.IsKept(block))
            {
                if (SimpleInlines.Read(block.Lines, builder))
                {
                    MarkdigLinePool.Release(block);
                }
                else
                {
                    // Not a simple paragraph: Markdig's inline stage reads it (and gives its lines back).
                    builder.Reset(source);
                    SimpleInlines.ProcessInlines(block);
                    if (block.Inline is not null)
                    {
                        builder.AppendContainer(block.Inline);
                    }
                }
            }

            int start = Math.Max(0, Math.Min(block.Span.Start, source.Length));
            int end = Math.Max(start, Math.Min(block.Span.End + 1, source.Length));
            return builder.Build(start, end);
        }

        /// <summary>Builds plain text for text that has no inlines, such as the lines of a code block.</summary>
        public static InlineText FromRaw(string source, int start, int end)
        {
            start = Math.Max(0, Math.Min(start, source.Length));
            end = Math.Max(start, Math.Min(end, source.Length));
            return new InlineText(source.Substring(start, end - start), new[] { 0, start, end - start }, Array.Empty<InlineLink>(), Array.Empty<InlineEmphasis>(), start, end);
        }
    }
}
