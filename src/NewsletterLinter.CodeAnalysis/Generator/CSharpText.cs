using System.Globalization;
using System.Text;

namespace NewsletterLinter.CodeAnalysis.Generator
{
    /// <summary>
    /// Turns newsletter text into C# literals and doc-comment text that no content can break out of:
    /// every character that could end a literal, a line or a comment is escaped or replaced.
    /// </summary>
    internal static class CSharpText
    {
        /// <summary>A quoted, escaped C# string literal, or <c>null</c>.</summary>
        public static string Literal(string? value)
        {
            if (value is null)
            {
                return "null";
            }

            var builder = new StringBuilder(value.Length + 2);
            AppendLiteral(builder, value);
            return builder.ToString();
        }

        /// <summary>Appends what <see cref="Literal"/> returns, without building it first.</summary>
        public static void AppendLiteral(StringBuilder builder, string? value)
        {
            if (value is null)
            {
                builder.Append("null");
                return;
            }

            builder.Append('"');
            AppendEscaped(builder, value);
            builder.Append('"');
        }

        /// <summary>Appends <paramref name="value"/> escaped as inside a C# string literal, without the quotes.</summary>
        public static void AppendEscaped(StringBuilder builder, string value)
        {
            int run = 0;
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\')
                {
                    // Printable ASCII, most of every issue: copied as it is, a run at a time.
                    continue;
                }

                builder.Append(value, run, i - run);
                run = i + 1;
                switch (c)
                {
                    case '"': builder.Append("\\\""); break;
                    case '\\': builder.Append("\\\\"); break;
                    case '\n': builder.Append("\\n"); break;
                    case '\r': builder.Append("\\r"); break;
                    case '\t': builder.Append("\\t"); break;
                    case '\0': builder.Append("\\0"); break;
                    default:
                        if (c < 0x20 || c == 0x7F || c == '\u0085' || c == '\u2028' || c == '\u2029' || char.IsSurrogate(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format)
                        {
                            builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            builder.Append(c);
                        }

                        break;
                }
            }

            builder.Append(value, run, value.Length - run);
        }

        /// <summary>Text for a single <c>///</c> line: XML-escaped, with no character that ends the line.</summary>
        public static string XmlDocText(string text)
        {
            var builder = new StringBuilder(text.Length);
            foreach (char c in text)
            {
                switch (c)
                {
                    case '&': builder.Append("&amp;"); break;
                    case '<': builder.Append("&lt;"); break;
                    case '>': builder.Append("&gt;"); break;
                    default:
                        if (char.IsControl(c) || c == '\u2028' || c == '\u2029' || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format)
                        {
                            builder.Append(' ');
                        }
                        else
                        {
                            builder.Append(c);
                        }

                        break;
                }
            }

            // Well-formed surrogate pairs stay; lone halves are invalid in an XML comment.
            return RemoveLoneSurrogates(builder.ToString()).Trim();
        }

        /// <summary>The longest first sentence kept whole; a longer one is cut to 197 characters and "...".</summary>
        private const int SentenceLimit = 200;

        /// <summary>
        /// The first sentence of a text, at most 200 characters: the text's lines joined by spaces and
        /// trimmed, up to the first '.', '!' or '?' that is followed by a space and comes after the
        /// tenth character.
        /// </summary>
        /// <remarks>
        /// Reads only the first 202 characters of the joined text (the last place a sentence end can
        /// decide the result), not the whole summary, which is what the generator's doc comments cost
        /// most of their time for.
        /// </remarks>
        public static string FirstSentence(string text)
        {
            const int Window = SentenceLimit + 2;
            var flat = new StringBuilder(Window);
            bool separator = false;
            int at = 0;
            while (at < text.Length && flat.Length < Window)
            {
                char c = text[at];
                if (c == '\n' || c == '\r')
                {
                    separator = flat.Length > 0;
                    at++;
                }
                else if (flat.Length == 0 && char.IsWhiteSpace(c))
                {
                    at++;
                }
                else if (separator)
                {
                    flat.Append(' ');
                    separator = false;
                }
                else
                {
                    flat.Append(c);
                    at++;
                }
            }

            // The window is the start of the trimmed text when something other than white space follows
            // it; otherwise the trimmed text ends inside the window.
            bool more = false;
            for (; at < text.Length && !more; at++)
            {
                more = !char.IsWhiteSpace(text[at]);
            }

            string window = more ? flat.ToString() : flat.ToString().TrimEnd();
            int end = -1;
            for (int i = 0; i < window.Length - 1; i++)
            {
                if ((window[i] == '.' || window[i] == '!' || window[i] == '?') && window[i + 1] == ' ' && i > 10)
                {
                    end = i + 1;
                    break;
                }
            }

            string sentence = end > 0 ? window.Substring(0, end) : window;
            return sentence.Length <= SentenceLimit ? sentence : sentence.Substring(0, SentenceLimit - 3) + "...";
        }

        private static string RemoveLoneSurrogates(string text)
        {
            var builder = new StringBuilder(text.Length);
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    builder.Append(c).Append(text[i + 1]);
                    i++;
                }
                else if (!char.IsSurrogate(c))
                {
                    builder.Append(c);
                }
            }

            return builder.ToString();
        }
    }
}
