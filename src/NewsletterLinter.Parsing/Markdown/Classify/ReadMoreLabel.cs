using System;
using NewsletterLinter.Parsing.Text;

namespace NewsletterLinter.Parsing.Markdown
{
    /// <summary>Recognizes the <c>Read more:</c> label that introduces an entry's further links.</summary>
    internal static class ReadMoreLabel
    {
        private const string Label = "Read more";

        /// <summary>
        /// The index just past the colon of a <c>Read more:</c> label that starts at
        /// <paramref name="start"/> (after white space) and ends before <paramref name="end"/>; -1 when there is none.
        /// </summary>
        public static int End(string s, int start, int end)
        {
            int i = start;
            while (i < end && TextNormalizer.IsSpace(s[i]))
            {
                i++;
            }

            if (i + Label.Length > end || string.Compare(s, i, Label, 0, Label.Length, StringComparison.OrdinalIgnoreCase) != 0)
            {
                return -1;
            }

            i += Label.Length;
            while (i < end && (s[i] == ' ' || s[i] == '\u00A0'))
            {
                i++;
            }

            return i < end && s[i] == ':' ? i + 1 : -1;
        }
    }
}
