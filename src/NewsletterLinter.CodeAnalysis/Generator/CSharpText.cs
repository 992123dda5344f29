using System.Collections.Generic;
using System.Globalization;
using System.Linq;
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
            builder.Append('"');
            foreach (char c in value)
            {
                if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\')
                {
                    // Printable ASCII, most of every issue: as it is.
                    builder.Append(c);
                    continue;
                }

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

            builder.Append('"');
            return builder.ToString();
        }

        /// <summary>A <c>new string[] { ... }</c> expression.</summary>
        public static string StringArray(IEnumerable<string> values)
        {
            string[] items = values.Select(Literal).ToArray();
            return items.Length == 0 ? "global::System.Array.Empty<string>()" : "new string[] { " + string.Join(", ", items) + " }";
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

        /// <summary>The first sentence of a text, at most 200 characters.</summary>
        public static string FirstSentence(string text)
        {
            string flat = string.Join(" ", text.Split(new[] { '\n', '\r' }, System.StringSplitOptions.RemoveEmptyEntries)).Trim();
            int end = -1;
            for (int i = 0; i < flat.Length - 1; i++)
            {
                if ((flat[i] == '.' || flat[i] == '!' || flat[i] == '?') && flat[i + 1] == ' ' && i > 10)
                {
                    end = i + 1;
                    break;
                }
            }

            string sentence = end > 0 ? flat.Substring(0, end) : flat;
            return sentence.Length <= 200 ? sentence : sentence.Substring(0, 197) + "...";
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
