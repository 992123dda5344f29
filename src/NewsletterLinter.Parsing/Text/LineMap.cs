using System;
using System.Collections.Generic;
using NewsletterLinter.Parsing.Model;

namespace NewsletterLinter.Parsing.Text
{
    /// <summary>Turns offsets into 1-based lines and columns.</summary>
    internal sealed class LineMap
    {
        private readonly int[] _lineStarts;
        private readonly int _length;
        private int _hint;

        /// <summary>Indexes the line starts of <paramref name="text"/>.</summary>
        public LineMap(string text)
        {
            // Line breaks found with a vectorized search; a lone '\r' (old Mac) ends a line too.
            var starts = new List<int>(Math.Max(16, text.Length / 48)) { 0 };
            ReadOnlySpan<char> span = text.AsSpan();
            int i = 0;
            while (i < span.Length)
            {
                int found = span.Slice(i).IndexOfAny('\n', '\r');
                if (found < 0)
                {
                    break;
                }

                i += found;
                if (span[i] == '\r' && i + 1 < span.Length && span[i + 1] == '\n')
                {
                    i++;
                }

                starts.Add(++i);
            }

            _lineStarts = starts.ToArray();
            _length = text.Length;
        }

        private LineMap(int[] lineStarts, int length)
        {
            _lineStarts = lineStarts;
            _length = length;
        }

        /// <summary>
        /// The map of <paramref name="text"/> from the line starts Markdig recorded while it parsed the
        /// text (with precise source locations), instead of a search of its own: Markdig lists every
        /// line but an empty last one after a final line break, which is added. Without them, searched.
        /// </summary>
        internal static LineMap FromMarkdig(string text, List<int>? markdigLineStarts)
        {
            if (markdigLineStarts is not { Count: > 0 } || markdigLineStarts[0] != 0)
            {
                return new LineMap(text);
            }

            bool endsWithBreak = text.Length > 0 && (text[text.Length - 1] == '\n' || text[text.Length - 1] == '\r');
            bool addEnd = endsWithBreak && markdigLineStarts[markdigLineStarts.Count - 1] != text.Length;
            int[] starts = new int[markdigLineStarts.Count + (addEnd ? 1 : 0)];
            markdigLineStarts.CopyTo(starts);
            if (addEnd)
            {
                starts[starts.Length - 1] = text.Length;
            }

            return new LineMap(starts, text.Length);
        }

        /// <summary>The number of lines.</summary>
        public int LineCount => _lineStarts.Length;

        /// <summary>The offset at which 1-based <paramref name="line"/> starts.</summary>
        public int LineStart(int line) => _lineStarts[Math.Max(0, Math.Min(line - 1, _lineStarts.Length - 1))];

        /// <summary>The 1-based line and column of <paramref name="offset"/>.</summary>
        public (int Line, int Column) Position(int offset)
        {
            offset = Math.Max(0, Math.Min(offset, _length));
            int index = LineIndex(offset, 0);
            return (index + 1, offset - _lineStarts[index] + 1);
        }

        /// <summary>A span from <paramref name="start"/> (inclusive) to <paramref name="end"/> (exclusive).</summary>
        public SourceSpan Span(int start, int end)
        {
            start = Math.Max(0, Math.Min(start, _length));
            end = Math.Max(start, Math.Min(end, _length));
            int line = LineIndex(start, 0);

            // The end is most often on the same line or a few lines below: look there first.
            int endLine = line;
            int steps = 0;
            while (endLine + 1 < _lineStarts.Length && _lineStarts[endLine + 1] <= end)
            {
                if (++steps > 4)
                {
                    endLine = LineIndex(end, endLine);
                    break;
                }

                endLine++;
            }

            return new SourceSpan(start, end - start, line + 1, start - _lineStarts[line] + 1, endLine + 1, end - _lineStarts[endLine] + 1);
        }

        /// <summary>The 0-based index of the line holding <paramref name="offset"/>, searching from line index <paramref name="from"/> on.</summary>
        private int LineIndex(int offset, int from)
        {
            // A parse asks for positions in document order: the line of the last answer, or the one
            // after it, is most often the answer again. The hint is only a guess, checked before use,
            // so threads sharing a map at worst search again.
            int[] starts = _lineStarts;
            int hint = _hint;
            if (hint >= from && hint < starts.Length && starts[hint] <= offset)
            {
                if (hint + 1 == starts.Length || starts[hint + 1] > offset)
                {
                    return hint;
                }

                if (hint + 2 == starts.Length || starts[hint + 2] > offset)
                {
                    _hint = hint + 1;
                    return hint + 1;
                }
            }

            // The last line start at or before the offset (starts increase strictly; starts[0] is 0).
            int low = from;
            int high = starts.Length - 1;
            while (low < high)
            {
                int middle = (low + high + 1) >> 1;
                if (starts[middle] <= offset)
                {
                    low = middle;
                }
                else
                {
                    high = middle - 1;
                }
            }

            _hint = low;
            return low;
        }
    }
}
