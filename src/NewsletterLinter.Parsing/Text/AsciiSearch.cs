using System;

namespace NewsletterLinter.Parsing.Text
{
    /// <summary>
    /// Case-insensitive search for the newsletter's own ASCII words ("opinion", "unsubscribe from this
    /// list"). Only ASCII letters fold: the runtime's ordinal-ignore-case search takes a slow path on
    /// text holding any non-ASCII character (every issue has typographic quotes), and the words
    /// searched for are ASCII.
    /// </summary>
    public static class AsciiSearch
    {
        /// <summary>
        /// The first index at or after <paramref name="start"/> (within <paramref name="count"/>
        /// characters) where <paramref name="value"/>, an ASCII word, starts in any letter case; -1 if none.
        /// </summary>
        public static int IndexOfIgnoreCase(string text, string value, int start, int count)
        {
            int end = start + count;
            if (value.Length == 0)
            {
                return start <= end ? start : -1;
            }

            char first = value[0];
            char lower = ToLower(first);
            char upper = ToUpper(first);
            int last = end - value.Length;
            int at = start;
            while (at <= last)
            {
                int found = text.AsSpan(at, last - at + 1).IndexOfAny(lower, upper);
                if (found < 0)
                {
                    return -1;
                }

                at += found;
                if (EqualsAt(text, at, value))
                {
                    return at;
                }

                at++;
            }

            return -1;
        }

        /// <summary>Whether <paramref name="value"/>, an ASCII word, stands at <paramref name="at"/> in any letter case.</summary>
        public static bool EqualsAt(string text, int at, string value)
        {
            if (at < 0 || at + value.Length > text.Length)
            {
                return false;
            }

            for (int k = 0; k < value.Length; k++)
            {
                char a = text[at + k];
                char b = value[k];
                if (a != b && !(IsAsciiLetter(a) && IsAsciiLetter(b) && (a | 0x20) == (b | 0x20)))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsAsciiLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

        private static char ToLower(char c) => IsAsciiLetter(c) ? (char)(c | 0x20) : c;

        private static char ToUpper(char c) => IsAsciiLetter(c) ? (char)(c & ~0x20) : c;
    }
}
