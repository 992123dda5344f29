using System.Collections.Generic;
using System.Text;
using System;
using Markdig.Helpers;
using Markdig.Syntax.Inlines;
using Markdig.Syntax;
using NewsletterLinter.Parsing.FastPaths;
using NewsletterLinter.Parsing.Markdown;

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
    internal sealed class InlineText
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

        /// <summary>The entry header at the start of the text, once <see cref="EntryHeaderParser.Parse"/> has read it (see <see cref="HeaderRead"/>).</summary>
        internal EntryHeader? Header { get; set; }

        /// <summary>Whether <see cref="Header"/> holds the result of reading this text's header.</summary>
        internal bool HeaderRead { get; set; }

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

        [ThreadStatic]
        private static Builder? cachedBuilder;

        private sealed class Builder : ISimpleInlineSink
        {
            private readonly StringBuilder _text = new(256);
            private string _source = string.Empty;
            private readonly List<int> _map = new();
            private readonly List<InlineLink> _links = new();
            private readonly List<InlineEmphasis> _emphases = new();
            private int _depth;
            private int _linkStart;
            private int _emphasisStart;

            // The map's length right after SimpleInlines' last escape added its segment; -1 before any.
            private int _escapeMapEnd = -1;

            public void Reset(string source)
            {
                _source = source;
                _text.Clear();
                _map.Clear();
                _escapeMapEnd = -1;
                _links.Clear();
                _emphases.Clear();
                _depth = 0;
            }

            public InlineText Build(int start, int end)
                => new(
                    _text.ToString(),
                    _map.ToArray(),
                    _links.Count == 0 ? Array.Empty<InlineLink>() : _links.ToArray(),
                    _emphases.Count == 0 ? Array.Empty<InlineEmphasis>() : _emphases.ToArray(),
                    start,
                    end);

            void ISimpleInlineSink.Literal(string text, int start, int length)
            {
                // Markdig's literal right after an escape is the escape's own: its segment grows. A
                // literal is right after it when no segment came between and it starts where the
                // escape's source ends (a link's or an emphasis' markers would stand between).
                if (length > 0 && _map.Count == _escapeMapEnd && start == _map[_map.Count - 2] + _map[_map.Count - 1])
                {
                    _map[_map.Count - 1] += length;
                    _text.Append(text, start, length);
                    return;
                }

                AppendMapped(new StringSlice(text, start, start + length - 1), start, start + length - 1);
            }

            void ISimpleInlineSink.Escape(string text, int backslash)
            {
                AddSegment(_text.Length, backslash, 2);
                _text.Append(text[backslash + 1]);
                _escapeMapEnd = _map.Count;
            }

            void ISimpleInlineSink.LineBreak(int position) => AppendMapped("\n", position, position);

            void ISimpleInlineSink.LinkStart() => _linkStart = _text.Length;

            void ISimpleInlineSink.LinkEnd(string url, int sourceStart, int sourceEnd)
                => _links.Add(new InlineLink(_linkStart, _text.Length, url, sourceStart, sourceEnd));

            void ISimpleInlineSink.EmphasisStart() => _emphasisStart = _text.Length;

            void ISimpleInlineSink.EmphasisEnd(bool strong, int sourceStart, int sourceEnd)
                => _emphases.Add(new InlineEmphasis(_emphasisStart, _text.Length, strong, sourceStart, sourceEnd));

            public void AppendContainer(ContainerInline container)
            {
                // Deeply nested inlines (pathological input) are flattened past a depth limit.
                _depth++;
                try
                {
                    for (Inline? child = container.FirstChild; child is not null; child = child.NextSibling)
                    {
                        Append(child);
                    }
                }
                finally
                {
                    _depth--;
                }
            }

            private void Append(Inline inline)
            {
                switch (inline)
                {
                    case LiteralInline literal:
                        AppendMapped(literal.Content, inline.Span.Start, inline.Span.End);
                        break;
                    case LineBreakInline:
                        AppendMapped("\n", inline.Span.Start, inline.Span.Start);
                        break;
                    case CodeInline code:
                        AppendMapped(code.Content, inline.Span.Start + code.DelimiterCount, inline.Span.End - code.DelimiterCount);
                        break;
                    case HtmlEntityInline entity:
                        AppendMapped(entity.Transcoded.ToString(), inline.Span.Start, inline.Span.Start);
                        break;
                    case AutolinkInline autolink:
                        {
                            int plainStart = _text.Length;
                            AppendMapped(autolink.Url, inline.Span.Start + 1, inline.Span.End - 1);
                            _links.Add(new InlineLink(plainStart, _text.Length, autolink.Url, inline.Span.Start, inline.Span.End + 1));
                            break;
                        }

                    case LinkInline link when link.IsImage:
                        break;
                    case LinkInline link:
                        {
                            int plainStart = _text.Length;
                            if (_depth < 64)
                            {
                                AppendContainer(link);
                            }

                            _links.Add(new InlineLink(plainStart, _text.Length, link.Url, inline.Span.Start, inline.Span.End + 1));
                            break;
                        }

                    case EmphasisInline emphasis:
                        {
                            int plainStart = _text.Length;
                            if (_depth < 64)
                            {
                                AppendContainer(emphasis);
                            }

                            bool strong = emphasis.DelimiterCount >= 2;
                            _emphases.Add(new InlineEmphasis(plainStart, _text.Length, strong, inline.Span.Start, inline.Span.End + 1));
                            break;
                        }

                    case DelimiterInline delimiter:
                        AppendMapped(delimiter.ToLiteral(), inline.Span.Start, inline.Span.End);
                        if (_depth < 64)
                        {
                            AppendContainer(delimiter);
                        }

                        break;
                    case HtmlInline:
                        break;
                    case ContainerInline container:
                        if (_depth < 64)
                        {
                            AppendContainer(container);
                        }

                        break;
                    default:
                        break;
                }
            }

            private void AddSegment(int plainStart, int sourceStart, int sourceLength)
            {
                _map.Add(plainStart);
                _map.Add(sourceStart);
                _map.Add(sourceLength);
            }

            private void AppendMapped(StringSlice content, int spanStart, int spanEnd)
            {
                if (content.Length <= 0)
                {
                    return;
                }

                int spanLength = spanEnd - spanStart + 1;
                int start = Math.Max(0, Math.Min(spanStart, _source.Length));
                AddSegment(_text.Length, start, content.Length == spanLength ? content.Length : Math.Max(1, spanLength));
                _text.Append(content.Text, content.Start, content.Length);
            }

            private void AppendMapped(string content, int spanStart, int spanEnd)
            {
                if (content.Length == 0)
                {
                    return;
                }

                int spanLength = spanEnd - spanStart + 1;
                int start = Math.Max(0, Math.Min(spanStart, _source.Length));

                // Content as long as its source maps one to one; escapes and entities map onto their span.
                AddSegment(_text.Length, start, content.Length == spanLength ? content.Length : Math.Max(1, spanLength));
                _text.Append(content);
            }
        }
    }
}
