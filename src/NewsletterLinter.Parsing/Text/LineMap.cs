using System;
using System.Collections.Generic;
using NewsletterLinter.Parsing.Model;

namespace NewsletterLinter.Parsing.Text
{
    /// <summary>Turns offsets into 1-based lines and columns.</summary>
    public sealed class LineMap
    {
        private readonly int[] _lineStarts;
        private readonly int _length;

        /// <summary>Indexes the line starts of <paramref name="text"/>.</summary>
        public LineMap(string text)
        {
            var starts = new List<int> { 0 };
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c == '\n')
                {
                    starts.Add(i + 1);
                }
                else if (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n'))
                {
                    starts.Add(i + 1);
                }
            }

            _lineStarts = starts.ToArray();
            _length = text.Length;
        }

        /// <summary>The number of lines.</summary>
        public int LineCount => _lineStarts.Length;

        /// <summary>The offset at which 1-based <paramref name="line"/> starts.</summary>
        public int LineStart(int line) => _lineStarts[Math.Max(0, Math.Min(line - 1, _lineStarts.Length - 1))];

        /// <summary>The 1-based line and column of <paramref name="offset"/>.</summary>
        public (int Line, int Column) Position(int offset)
        {
            offset = Math.Max(0, Math.Min(offset, _length));
            int index = Array.BinarySearch(_lineStarts, offset);
            if (index < 0)
            {
                index = ~index - 1;
            }

            return (index + 1, offset - _lineStarts[index] + 1);
        }

        /// <summary>A span from <paramref name="start"/> (inclusive) to <paramref name="end"/> (exclusive).</summary>
        public SourceSpan Span(int start, int end)
        {
            start = Math.Max(0, Math.Min(start, _length));
            end = Math.Max(start, Math.Min(end, _length));
            (int line, int column) = Position(start);
            (int endLine, int endColumn) = Position(end);
            return new SourceSpan(start, end - start, line, column, endLine, endColumn);
        }
    }
}
