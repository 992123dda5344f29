using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using NewsletterLinter.Parsing.Rules;

namespace NewsletterLinter.Parsing.Fixing
{
    /// <summary>
    /// Applies the edits that rules compute to an issue's text: the one implementation behind the
    /// IDE's code fixes, Fix All and <c>newsletter-lint fix</c>.
    /// </summary>
    internal static class TextEdits
    {
        /// <summary>
        /// The edit as it applies to <paramref name="text"/>: line breaks in its new text are written
        /// as the file writes them (<c>\r\n</c> in a file that uses it).
        /// </summary>
        public static TextEdit ForText(string text, TextEdit edit)
        {
            if (edit.NewText.IndexOf('\n') < 0 || text.IndexOf("\r\n", StringComparison.Ordinal) < 0)
            {
                return edit;
            }

            return edit with { NewText = edit.NewText.Replace("\r\n", "\n").Replace("\n", "\r\n") };
        }

        /// <summary>
        /// Applies every edit that lies inside the text and overlaps no edit before it (in offset
        /// order); the others are left for a later pass, once the text has been checked again.
        /// </summary>
        /// <returns>The new text, and the indices (into <paramref name="edits"/>) of the edits applied.</returns>
        public static string Apply(string text, IReadOnlyList<TextEdit> edits, out List<int> applied)
        {
            applied = new List<int>();
            var order = Enumerable.Range(0, edits.Count)
                .Where(i => edits[i].Offset >= 0 && edits[i].Length >= 0 && edits[i].Offset + edits[i].Length <= text.Length)
                .OrderBy(i => edits[i].Offset)
                .ThenBy(i => edits[i].Length)
                .ToList();
            var builder = new StringBuilder(text.Length + 64);
            int position = 0;
            foreach (int i in order)
            {
                TextEdit edit = ForText(text, edits[i]);
                if (edit.Offset < position)
                {
                    continue;
                }

                if (edit.Length == edit.NewText.Length && string.CompareOrdinal(text, edit.Offset, edit.NewText, 0, edit.Length) == 0)
                {
                    // Replaces a range with what it already holds: nothing to do.
                    continue;
                }

                builder.Append(text, position, edit.Offset - position);
                builder.Append(edit.NewText);
                position = edit.Offset + edit.Length;
                applied.Add(i);
            }

            if (applied.Count == 0)
            {
                return text;
            }

            builder.Append(text, position, text.Length - position);
            return builder.ToString();
        }
    }
}
