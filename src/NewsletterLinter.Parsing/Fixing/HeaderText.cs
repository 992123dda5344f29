using System.Text;

namespace NewsletterLinter.Parsing.Fixing
{
    /// <summary>
    /// Rewrites the words of a header name inside its inline Markdown: the letter case of its text
    /// runs and the white space between them, with every link destination, emphasis delimiter, tag and
    /// escape left as written.
    /// </summary>
    internal static class HeaderText
    {
        /// <summary>Whether <paramref name="text"/> holds anything Markdown reads as inline markup (or might).</summary>
        public static bool HasInlineMarkup(string text) => text.IndexOfAny(MarkupCharacters) >= 0;

        /// <summary>
        /// <paramref name="written"/> respelled as <paramref name="expected"/> when the two hold the same
        /// characters apart from letter case and white space, and white space in the same places; null
        /// otherwise, or when the name holds a code span or an entity (literal text a fix must not touch).
        /// </summary>
        public static string? Respell(string written, string expected)
        {
            var result = new StringBuilder(written.Length);
            int target = SkipSpaces(expected, 0);
            bool space = false;
            bool gap = false;
            bool anyVisible = false;
            for (int i = 0; i < written.Length; i++)
            {
                char c = written[i];
                if (c is '`' or '&')
                {
                    return null;
                }

                int markup = MarkupLength(written, i);
                if (markup > 0)
                {
                    AppendSpace(result, ref space);
                    result.Append(written, i, markup);
                    i += markup - 1;
                    continue;
                }

                if (char.IsWhiteSpace(c))
                {
                    space = true;
                    gap = true;
                    continue;
                }

                bool escaped = c == '\\' && i + 1 < written.Length && char.IsPunctuation(written[i + 1]) | char.IsSymbol(written[i + 1]);
                char visible = escaped ? written[i + 1] : c;
                bool expectSpace = target > 0 && target < expected.Length && char.IsWhiteSpace(expected[target - 1]);
                if (target >= expected.Length || (gap && anyVisible) != expectSpace || char.ToUpperInvariant(visible) != char.ToUpperInvariant(expected[target]))
                {
                    return null;
                }

                gap = false;
                anyVisible = true;
                AppendSpace(result, ref space);
                if (escaped)
                {
                    result.Append('\\').Append(visible);
                    i++;
                }
                else
                {
                    result.Append(expected[target]);
                }

                target = SkipSpaces(expected, target + 1);
            }

            return target >= expected.Length ? result.ToString() : null;
        }

        private static readonly char[] MarkupCharacters = { '*', '_', '[', ']', '`', '<', '>', '&', '\\', '!' };

        private static void AppendSpace(StringBuilder result, ref bool space)
        {
            if (space && result.Length > 0)
            {
                result.Append(' ');
            }

            space = false;
        }

        /// <summary>How many characters of markup start at <paramref name="at"/>: a delimiter, a link's destination, a tag.</summary>
        private static int MarkupLength(string text, int at)
        {
            char c = text[at];
            switch (c)
            {
                case '*' or '_' or '[':
                    return 1;
                case '!' when at + 1 < text.Length && text[at + 1] == '[':
                    return 2;
                case ']' when at + 1 < text.Length && text[at + 1] == '(':
                    return Closing(text, at + 1, '(', ')') is int end ? end - at + 1 : text.Length - at;
                case ']' when at + 1 < text.Length && text[at + 1] == '[':
                    return Closing(text, at + 1, '[', ']') is int close ? close - at + 1 : text.Length - at;
                case ']':
                    return 1;
                case '<':
                    int tag = text.IndexOf('>', at);
                    return tag < 0 ? text.Length - at : tag - at + 1;
                default:
                    return 0;
            }
        }

        /// <summary>The index of the bracket that closes the one at <paramref name="open"/>, or null.</summary>
        private static int? Closing(string text, int open, char opening, char closing)
        {
            int depth = 0;
            for (int i = open; i < text.Length; i++)
            {
                if (text[i] == '\\')
                {
                    i++;
                }
                else if (text[i] == opening)
                {
                    depth++;
                }
                else if (text[i] == closing && --depth == 0)
                {
                    return i;
                }
            }

            return null;
        }

        private static int SkipSpaces(string text, int at)
        {
            while (at < text.Length && char.IsWhiteSpace(text[at]))
            {
                at++;
            }

            return at;
        }
    }
}
