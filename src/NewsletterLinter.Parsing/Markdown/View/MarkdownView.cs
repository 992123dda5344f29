using System;
using System.Collections.Generic;
using NewsletterLinter.Parsing.FastPaths;

namespace NewsletterLinter.Parsing.Markdown
{
    /// <summary>
    /// The text that Markdig reads: the text with what only its form of publication adds
    /// masked by spaces at the same offsets, so every position Markdig reports is a position of the
    /// file. Masked are:
    /// <list type="bullet">
    /// <item>the table scaffolding of the email form (an issue saved from the email and converted to
    /// Markdown sits in nested tables): rows of empty cells (<c>|  |  |</c>), separator rows
    /// (<c>| --- |</c>), the <c>| </c> that opens a cell at the start of a line and the <c> |</c> that
    /// closes one at its end;</item>
    /// <item>zero-width no-break spaces (U+FEFF), which the email puts on lines of their own, and
    /// lines of nothing but zero-width characters;</item>
    /// <item>the opening bracket of a title line <c>[AN #N]: ...</c>, which Markdown would otherwise
    /// read as a link reference definition (replaced by <see cref="TitleBracketMask"/>).</item>
    /// </list>
    /// </summary>
    internal static class MarkdownView
    {
        /// <summary>Stands in for a title line's opening bracket during the Markdown parse.</summary>
        public const char TitleBracketMask = '\uE000';

        /// <summary>The text for Markdig, and how many lines held table scaffolding.</summary>
        public static (string Text, int ScaffoldLines) Prepare(string text) => Prepare(text, deferTitleBrackets: false, out _);

        /// <summary>
        /// As <see cref="Prepare(string)"/>; with <paramref name="deferTitleBrackets"/>, when title-line
        /// brackets are all there is to mask, the text itself is returned (no copy) and the brackets'
        /// offsets go to <paramref name="titleBrackets"/>. Markdown reads a title line of several words
        /// as a paragraph, masked or not, unless the issue defines link references (the title line may
        /// then be one, or its <c>[AN #N]</c> a reference to one): the caller checks that after the
        /// parse and masks with <see cref="MaskTitleBrackets"/> if so.
        /// </summary>
        public static (string Text, int ScaffoldLines) Prepare(string text, bool deferTitleBrackets, out List<int>? titleBrackets)
            => Prepare(text, deferTitleBrackets, out titleBrackets, out _, out _);

        /// <summary>
        /// As <see cref="Prepare(string, bool, out List{int})"/>, and where the text first holds NUL
        /// and U+FFFD (-1 where it holds none), which the same search over the text finds. A text
        /// holding NUL is binary and is not parsed: the search stops at the first NUL (a file of
        /// zeros is not searched to its end), and the view then holds only the masks before it.
        /// </summary>
        public static (string Text, int ScaffoldLines) Prepare(string text, bool deferTitleBrackets, out List<int>? titleBrackets, out int firstNul, out int firstReplacement)
        {
            titleBrackets = null;
            firstNul = -1;
            firstReplacement = -1;
            // Only lines holding a pipe or a zero-width character can need a mask: one vectorized
            // search finds those and the NUL and U+FFFD the parser refuses or reports, and the other
            // lines (most of the text) are skipped. The masked copy is allocated once, on the first
            // mask, and written in place.
            string? masked = null;
            int scaffoldLines = 0;
            int lineDone = -1;
            for (int at = NextMark(text, 0); at < text.Length; at = NextMark(text, at + 1))
            {
                char c = text[at];
                if (c == '\0')
                {
                    firstNul = at;
                    break;
                }

                if (c == '\uFFFD')
                {
                    firstReplacement = firstReplacement < 0 ? at : firstReplacement;
                    continue;
                }

                if (at < lineDone)
                {
                    // A second mark on a line already read.
                    continue;
                }

                int lineStart = at == 0 ? 0 : text.LastIndexOf('\n', at - 1) + 1;
                int newline = text.IndexOf('\n', at);
                int lineEnd = newline < 0 ? text.Length : newline;
                int contentEnd = lineEnd > lineStart && text[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
                if (MaskLine(text, lineStart, contentEnd, ref masked))
                {
                    scaffoldLines++;
                }

                lineDone = lineEnd;
            }

            // Title lines: "[AN #N]:" at the start of a line, after at most three spaces or a cell's opening pipe.
            for (int title = text.IndexOf("[AN", StringComparison.Ordinal); title >= 0; title = title + 3 < text.Length ? text.IndexOf("[AN", title + 3, StringComparison.Ordinal) : -1)
            {
                int lineStart = title == 0 ? 0 : text.LastIndexOf('\n', title - 1) + 1;
                int contentStart = lineStart;
                while (contentStart < title && (IsBlank(text[contentStart]) || text[contentStart] == '|'))
                {
                    contentStart++;
                }

                int lineEnd = text.IndexOf('\n', title);
                if (contentStart == title && IsTitleLine(text, title, lineEnd < 0 ? text.Length : lineEnd) && (title - lineStart <= 3 || text.IndexOf('|', lineStart, title - lineStart) >= 0))
                {
                    (titleBrackets ??= new List<int>()).Add(title);
                }
            }

            if (titleBrackets is not null && (masked is not null || !deferTitleBrackets))
            {
                masked ??= StringWriting.CopyOf(text);
                MaskTitleBracketsInPlace(masked, titleBrackets);
                titleBrackets = null;
            }

            return (masked ?? text, scaffoldLines);
        }

        /// <summary>The text with the title-line brackets that <see cref="Prepare(string, bool, out List{int})"/> deferred masked.</summary>
        public static string MaskTitleBrackets(string text, List<int> titleBrackets)
        {
            string masked = StringWriting.CopyOf(text);
            MaskTitleBracketsInPlace(masked, titleBrackets);
            return masked;
        }

        private static void MaskTitleBracketsInPlace(string masked, List<int> titleBrackets)
        {
            foreach (int bracket in titleBrackets)
            {
                StringWriting.Fill(masked, bracket, bracket + 1, TitleBracketMask);
            }
        }

        /// <summary>The next pipe, zero-width character, NUL or U+FFFD at or after <paramref name="from"/>; the text's length if none.</summary>
        private static int NextMark(string text, int from)
            => VectorScan.IndexOfAny(text, from, '|', '\uFEFF', '\u200B', '\u200C', '\u200D', '\u2060', '\0', '\uFFFD');

        /// <summary>Masks one line; returns whether it held table scaffolding.</summary>
        private static bool MaskLine(string text, int start, int end, ref string? masked)
        {
            bool onlyBlankOrZeroWidth = end > start && HasZeroWidth(text, start, end);
            for (int i = start; onlyBlankOrZeroWidth && i < end; i++)
            {
                if (!IsBlank(text[i]) && !IsZeroWidth(text[i]))
                {
                    onlyBlankOrZeroWidth = false;
                }
            }

            for (int i = end > start ? text.IndexOf('\uFEFF', start, end - start) : -1; i >= 0; i = i + 1 < end ? text.IndexOf('\uFEFF', i + 1, end - i - 1) : -1)
            {
                Mask(text, i, i + 1, ref masked);
            }

            if (onlyBlankOrZeroWidth)
            {
                // A line of zero-width spaces and joiners reads as blank, as it looks.
                Mask(text, start, end, ref masked);
                return false;
            }

            if (IsRuleRow(text, start, end))
            {
                Mask(text, start, end, ref masked);
                return true;
            }

            bool scaffold = false;

            // "| text": the pipes (and the spaces between them) that open cells at the line start.
            int i2 = SkipBlank(text, start, end);
            int openEnd = -1;
            while (i2 < end && text[i2] == '|' && (i2 + 1 >= end || IsBlank(text[i2 + 1])))
            {
                openEnd = i2 + 1;
                i2 = SkipBlank(text, i2 + 1, end);
            }

            if (openEnd > 0)
            {
                Mask(text, start, openEnd, ref masked);
                scaffold = true;
            }

            // "text |": the pipes that close cells at the line end, each after a space.
            int j = TrimBlankEnd(text, Math.Max(start, openEnd), end);
            int closeStart = -1;
            while (j > start && text[j - 1] == '|' && (j - 1 == start || IsBlank(text[j - 2])) && j - 1 >= Math.Max(start, openEnd))
            {
                closeStart = j - 1;
                j = TrimBlankEnd(text, start, j - 1);
            }

            if (closeStart >= 0)
            {
                Mask(text, closeStart, end, ref masked);
                scaffold = true;
            }

            return scaffold;
        }

        /// <summary>A separator row (<c>| --- | :--: |</c>) or a row of empty cells (<c>|  |  |</c>).</summary>
        private static bool IsRuleRow(string text, int start, int end)
        {
            bool pipe = false;
            for (int i = start; i < end; i++)
            {
                char c = text[i];
                if (c == '|')
                {
                    pipe = true;
                }
                else if (!(c == '-' || c == ':' || IsBlank(c)))
                {
                    return false;
                }
            }

            return pipe;
        }

        /// <summary><c>[AN #N]:</c> or <c>[AN#N]:</c>.</summary>
        private static bool IsTitleLine(string text, int i, int end)
        {
            if (i + 3 >= end || text[i] != '[' || string.CompareOrdinal(text, i + 1, "AN", 0, 2) != 0)
            {
                return false;
            }

            int k = i + 3;
            while (k < end && text[k] == ' ')
            {
                k++;
            }

            if (k >= end || text[k] != '#')
            {
                return false;
            }

            k++;
            int digits = k;
            while (k < end && text[k] >= '0' && text[k] <= '9')
            {
                k++;
            }

            if (k == digits || k + 1 >= end || text[k] != ']' || text[k + 1] != ':')
            {
                return false;
            }

            // "[AN #5]: https://..." is a real link reference definition; a title goes on in words.
            int word = SkipBlank(text, k + 2, end);
            int wordEnd = word;
            while (wordEnd < end && !IsBlank(text[wordEnd]))
            {
                wordEnd++;
            }

            return word < end && text[word] != '<' && text[word] != '/'
                && text.IndexOf("://", word, wordEnd - word, StringComparison.Ordinal) < 0;
        }

        private static void Mask(string text, int start, int end, ref string? masked)
        {
            masked ??= StringWriting.CopyOf(text);
            StringWriting.Fill(masked, start, end, ' ');
        }

        private static bool HasZeroWidth(string text, int start, int end)
        {
            for (int i = start; i < end; i++)
            {
                if (IsZeroWidth(text[i]))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsZeroWidth(char c) => c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060';

        private static bool IsBlank(char c) => c == ' ' || c == '\t' || c == '\u00A0' || c == '\uFEFF';

        private static int SkipBlank(string text, int i, int end)
        {
            while (i < end && IsBlank(text[i]))
            {
                i++;
            }

            return i;
        }

        private static int TrimBlankEnd(string text, int floor, int end)
        {
            while (end > floor && IsBlank(text[end - 1]))
            {
                end--;
            }

            return end;
        }
    }
}
