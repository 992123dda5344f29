using System;
using System.Collections.Generic;

namespace NewsletterLinter.Cli.Lsp
{
    /// <summary>
    /// An open document's text and its line starts: LSP positions (0-based line, UTF-16 character)
    /// to offsets and back, and incremental changes applied in place.
    /// </summary>
    internal sealed class DocumentText
    {
        private List<int> _lineStarts;

        public DocumentText(string text)
        {
            Text = text;
            _lineStarts = LineStarts(text);
        }

        public string Text { get; private set; }

        /// <summary>The offset of a position; positions past a line's end or the text's end are clamped.</summary>
        public int Offset(LspPosition position)
        {
            if (position.Line < 0)
            {
                return 0;
            }

            if (position.Line >= _lineStarts.Count)
            {
                return Text.Length;
            }

            int start = _lineStarts[position.Line];
            bool last = position.Line + 1 >= _lineStarts.Count;
            int end = last ? Text.Length : _lineStarts[position.Line + 1] - 1;
            if (!last && end > start && Text[end - 1] == '\r')
            {
                // The line's content ends before its "\r\n".
                end--;
            }

            return start + Math.Max(0, Math.Min(position.Character, end - start));
        }

        /// <summary>The position of an offset.</summary>
        public LspPosition Position(int offset)
        {
            offset = Math.Max(0, Math.Min(offset, Text.Length));
            int line = _lineStarts.BinarySearch(offset);
            if (line < 0)
            {
                line = ~line - 1;
            }

            return new LspPosition(line, offset - _lineStarts[line]);
        }

        /// <summary>Replaces a range (or the whole text when <paramref name="range"/> is null).</summary>
        public void Apply(LspRange? range, string newText)
        {
            if (range is null)
            {
                Text = newText;
            }
            else
            {
                int start = Offset(range.Start);
                int end = Math.Max(start, Offset(range.End));
                Text = string.Concat(Text.AsSpan(0, start), newText, Text.AsSpan(end));
            }

            _lineStarts = LineStarts(Text);
        }

        private static List<int> LineStarts(string text)
        {
            var starts = new List<int> { 0 };
            for (int i = 0; i < text.Length; i++)
            {
                if (text[i] == '\n')
                {
                    starts.Add(i + 1);
                }
            }

            return starts;
        }
    }
}
