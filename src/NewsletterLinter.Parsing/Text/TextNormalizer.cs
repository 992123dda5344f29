using System;
using NewsletterLinter.Parsing.FastPaths;

namespace NewsletterLinter.Parsing.Text
{
    /// <summary>Small string normalizations shared by the parser and the rules.</summary>
    internal static class TextNormalizer
    {
        private static readonly char[] TypographicQuotes = { '\u2018', '\u2019', '\u201C', '\u201D' };

        /// <summary>Trims and folds every run of white space (non-breaking spaces included) into one space.</summary>
        public static string FoldWhitespace(string text) => FoldWhitespace(text, 0, text.Length);

        /// <summary>As <see cref="FoldWhitespace(string)"/>, for the <paramref name="length"/> characters of <paramref name="text"/> from <paramref name="start"/>.</summary>
        internal static string FoldWhitespace(string text, int start, int length)
        {
            if (IsFolded(text, start, length))
            {
                return start == 0 && length == text.Length ? text : text.Substring(start, length);
            }

            // The folded text is never longer than the text: written into a buffer on the stack for
            // names and titles, on the heap for longer text.
            Span<char> folded = length <= 512 ? stackalloc char[length] : new char[length];
            int written = 0;
            bool pendingSpace = false;
            for (int i = start; i < start + length; i++)
            {
                char c = text[i];
                if (IsSpace(c))
                {
                    pendingSpace = written > 0;
                    continue;
                }

                if (pendingSpace)
                {
                    folded[written++] = ' ';
                    pendingSpace = false;
                }

                folded[written++] = c;
            }

            return folded.Slice(0, written).ToString();
        }

        /// <summary>Whether folding would not change the range: single plain spaces between words only.</summary>
        private static bool IsFolded(string text, int start, int length)
        {
            if (length == 0)
            {
                return true;
            }

            if (text[start] == ' ' || text[start + length - 1] == ' ')
            {
                return false;
            }

            // Only a space before a space, or a character outside printable ASCII, can break a folded
            // range: the scan stops at those, and everything else is folded already.
            int end = start + length;
            for (int i = VectorScan.IndexOfFoldCandidate(text, start, end); i < end; i = VectorScan.IndexOfFoldCandidate(text, i + 1, end))
            {
                if (IsSpace(text[i]))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>A name or title for comparison: plain punctuation, folded white space, capitals.</summary>
        public static string ComparisonKey(string text) => FoldWhitespace(PlainPunctuation(text)).ToUpperInvariant();

        /// <summary>Replaces typographic apostrophes and quotes with their plain forms.</summary>
        public static string PlainPunctuation(string text)
        {
            if (text.IndexOfAny(TypographicQuotes) < 0)
            {
                return text;
            }

            return text.Replace('\u2018', '\'').Replace('\u2019', '\'').Replace('\u201C', '"').Replace('\u201D', '"');
        }

        /// <summary>White space of any kind: spaces (non-breaking and thin ones included), tabs and every line break.</summary>
        public static bool IsSpace(char c) => c == ' ' || ((c < '!' || c >= '\u0085') && char.IsWhiteSpace(c));

        /// <summary>
        /// Whether a name is written in capitals, as plain-line headers are: no lower-case letter,
        /// at least four letters, and none of the punctuation that ends or splits a sentence.
        /// </summary>
        public static bool IsCapitals(string name)
        {
            int letters = 0;
            foreach (char c in name)
            {
                if (char.IsLower(c))
                {
                    return false;
                }

                if (char.IsLetter(c))
                {
                    letters++;
                }
                else if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || char.IsDigit(c))
                {
                    return false;
                }
            }

            return letters >= 4;
        }

        /// <summary>An apostrophe, plain or typographic.</summary>
        public static bool IsApostrophe(char c) => c == '\'' || c == '\u2019' || c == '\u2018';
    }
}
