using System;
using System.Globalization;
using System.Linq;
using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;
using Markdig.Syntax;
using NewsletterLinter.Parsing.Markdown;

namespace NewsletterLinter.Parsing.FastPaths
{
    /// <content>The reading of a simple paragraph's lines: text, escapes, <c>*</c>/<c>**</c> emphasis and inline links with plain destinations; anything else refuses the paragraph.</content>
    internal static partial class SimpleInlines
    {
        /// <summary>
        /// Reads <paramref name="lines"/> into <paramref name="sink"/>; false, and the sink's
        /// content meaningless, when the paragraph is not simple.
        /// </summary>
        public static bool Read(StringLineGroup lines, ISimpleInlineSink sink)
        {
            var state = new ReadState();
            for (int line = 0; line < lines.Count; line++)
            {
                StringSlice slice = lines.Lines[line].Slice;
                if (!ReadLine(slice.Text, slice.Start, slice.End, line < lines.Count - 1, sink, ref state))
                {
                    return false;
                }
            }

            return !state.InLink && state.OpenLength == 0;
        }

        /// <summary>What a paragraph's reading carries from one line to the next: the open emphasis run and the open link.</summary>
        private struct ReadState
        {
            public int OpenLength;
            public int OpenStart;
            public bool InLink;
            public bool LinkHasText;
            public int LinkStart;
        }

        /// <summary>Reads one line from <paramref name="first"/> to <paramref name="last"/>; false when the paragraph is not simple.</summary>
        private static bool ReadLine(string text, int first, int last, bool lineBreakFollows, ISimpleInlineSink sink, ref ReadState state)
        {
            if (!IsSimpleLine(text, first, last, out int backslash))
            {
                return false;
            }

            int run = first;
            int at = first;
            while (at <= last)
            {
                int found = text.AsSpan(at, last - at + 1).IndexOfAny(RunEnds.AsSpan());
                if (backslash >= 0 && (found < 0 || backslash < at + found))
                {
                    // An escape: the punctuation after the backslash is text (IsSimpleLine
                    // refused a backslash ending the line, which is a hard break).
                    Flush(sink, text, run, backslash, ref state.LinkHasText, state.InLink);
                    state.LinkHasText |= state.InLink;
                    sink.Escape(text, backslash);
                    at = run = backslash + 2;
                    backslash = NextBackslash(text, at, last);
                    continue;
                }

                if (found < 0)
                {
                    break;
                }

                at += found;
                bool read = text[at] switch
                {
                    '*' => Emphasis(text, first, last, ref at, ref run, sink, ref state),
                    '[' => LinkOpen(text, ref at, ref run, sink, ref state),
                    ']' => LinkClose(text, last, ref at, ref run, sink, ref state),
                    '!' => NotAnImage(text, last, ref at),

                    // An underscore outside a link's destination.
                    _ => false,
                };
                if (!read)
                {
                    return false;
                }
            }

            if (lineBreakFollows)
            {
                // The inline stage drops the spaces that end a line before its break.
                int end = last + 1;
                while (end > run && text[end - 1] == ' ')
                {
                    end--;
                }

                Flush(sink, text, run, end, ref state.LinkHasText, state.InLink);
                sink.LineBreak(last + 1);
            }
            else
            {
                Flush(sink, text, run, last + 1, ref state.LinkHasText, state.InLink);
            }

            return true;
        }

        /// <summary>
        /// A run of <c>*</c>: a run that may close closes the open run of its length (their lengths,
        /// 1 + 1 or 2 + 2, are never a multiple of three); one that may open opens when none is open.
        /// Anything else (nesting, lengths that differ, a run in a link) is Markdig's.
        /// </summary>
        private static bool Emphasis(string text, int first, int last, ref int at, ref int run, ISimpleInlineSink sink, ref ReadState state)
        {
            int end = at;
            while (end <= last && text[end] == '*')
            {
                end++;
            }

            int length = end - at;
            char before = at == first ? '\n' : text[at - 1];
            char after = end > last ? '\n' : text[end];
            if (length > 2 || state.InLink || !IsPlainNeighbor(before) || !IsPlainNeighbor(after))
            {
                return false;
            }

            bool left = !IsSpace(after) && (!IsPunctuation(after) || IsSpace(before) || IsPunctuation(before));
            bool right = !IsSpace(before) && (!IsPunctuation(before) || IsSpace(after) || IsPunctuation(after));
            bool closes = right && state.OpenLength == length;
            if (!closes && !(left && state.OpenLength == 0))
            {
                return false;
            }

            Flush(sink, text, run, at, ref state.LinkHasText, state.InLink);
            if (!closes)
            {
                state.OpenLength = length;
                state.OpenStart = at;
                sink.EmphasisStart();
            }
            else
            {
                state.OpenLength = 0;
                sink.EmphasisEnd(length == 2, state.OpenStart, end);
            }

            at = run = end;
            return true;
        }

        /// <summary>A <c>[</c>: opens a link, unless one is open.</summary>
        private static bool LinkOpen(string text, ref int at, ref int run, ISimpleInlineSink sink, ref ReadState state)
        {
            if (state.InLink)
            {
                return false;
            }

            Flush(sink, text, run, at, ref state.LinkHasText, state.InLink);
            state.InLink = true;
            state.LinkHasText = false;
            state.LinkStart = at;
            sink.LinkStart();
            at = run = at + 1;
            return true;
        }

        /// <summary>A <c>](</c>: closes the open link with a plain destination (printable ASCII but the parentheses, <c>&lt;</c>, <c>\</c> and <c>&amp;</c>).</summary>
        private static bool LinkClose(string text, int last, ref int at, ref int run, ISimpleInlineSink sink, ref ReadState state)
        {
            if (!state.InLink || at + 1 > last || text[at + 1] != '(')
            {
                return false;
            }

            Flush(sink, text, run, at, ref state.LinkHasText, state.InLink);
            int destination = at + 2;
            int end = VectorScan.IndexOfOutside(text, destination, last + 1, '!', '~', '(', ')', '<', '\\', '&');
            if (!state.LinkHasText || end == destination || end > last || text[end] != ')')
            {
                return false;
            }

            sink.LinkEnd(text.Substring(destination, end - destination), state.LinkStart, end + 1);
            state.InLink = false;
            at = run = end + 1;
            return true;
        }

        /// <summary>A <c>!</c>: text, unless it opens an image.</summary>
        private static bool NotAnImage(string text, int last, ref int at)
        {
            if (at + 1 <= last && text[at + 1] == '[')
            {
                return false;
            }

            at++;
            return true;
        }

        /// <summary>
        /// Whether the line from <paramref name="first"/> to <paramref name="last"/> may be read here:
        /// false when it holds a code span, HTML or an entity opener (escaped or not), or a backslash
        /// that is not followed by punctuation on the line. <paramref name="firstBackslash"/> is its
        /// first escape, or -1.
        /// </summary>
        private static bool IsSimpleLine(string text, int first, int last, out int firstBackslash)
        {
            firstBackslash = -1;
            for (int at = first; at <= last;)
            {
                int found = text.AsSpan(at, last - at + 1).IndexOfAny(Refused.AsSpan());
                if (found < 0)
                {
                    break;
                }

                at += found;
                if (text[at] != '\\' || at == last || !IsPunctuation(text[at + 1]) || Refused.IndexOf(text[at + 1]) >= 0)
                {
                    return false;
                }

                firstBackslash = firstBackslash < 0 ? at : firstBackslash;
                at += 2;
            }

            return true;
        }

        /// <summary>The next backslash from <paramref name="from"/> to <paramref name="last"/>, or -1 (the line was checked by <see cref="IsSimpleLine"/>).</summary>
        private static int NextBackslash(string text, int from, int last)
            => from <= last ? text.IndexOf('\\', from, last - from + 1) : -1;

        private static void Flush(ISimpleInlineSink sink, string text, int start, int end, ref bool linkHasText, bool inLink)
        {
            if (end > start)
            {
                linkHasText |= inLink;
                sink.Literal(text, start, end - start);
            }
        }

        // A delimiter's neighbors are those every reading classifies the same way: ASCII but the
        // control characters other than the tab and the line break, and outside ASCII the space
        // separators (white space, U+00A0 among them) and letters and digits (neither white space
        // nor punctuation). Quotes, dashes and symbols outside ASCII are left to Markdig.
        private static bool IsPlainNeighbor(char c)
        {
            if (c < 127)
            {
                return c >= ' ' || c == '\t' || c == '\n';
            }

            switch (CharUnicodeInfo.GetUnicodeCategory(c))
            {
                case UnicodeCategory.SpaceSeparator:
                case UnicodeCategory.UppercaseLetter:
                case UnicodeCategory.LowercaseLetter:
                case UnicodeCategory.TitlecaseLetter:
                case UnicodeCategory.ModifierLetter:
                case UnicodeCategory.OtherLetter:
                case UnicodeCategory.DecimalDigitNumber:
                    return true;
                default:
                    return false;
            }
        }

        private static bool IsSpace(char c)
            => c == ' ' || c == '\t' || c == '\n' || (c > 127 && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.SpaceSeparator);

        private static bool IsPunctuation(char c) => c.IsAsciiPunctuation();
    }
}
