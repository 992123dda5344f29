using System;

namespace NewsletterLinter.Parsing.Text
{
    /// <summary>
    /// Case-insensitive search for the newsletter's own ASCII words ("opinion", "unsubscribe from this
    /// list"). Only ASCII letters fold: the runtime's ordinal-ignore-case search takes a slow path on
    /// text holding any non-ASCII character (every issue has typographic quotes), and the words
    /// searched for are ASCII.
    /// </summary>
    internal static class AsciiSearch
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

            // The search jumps between occurrences of the word's rarest letter (in English text), in
            // either case, with a vectorized search, and compares the whole word around each one.
            int anchor = RarestLetter(value);
            char lower = ToLower(value[anchor]);
            char upper = ToUpper(value[anchor]);
            int last = end - value.Length;
            int at = start;
            while (at <= last)
            {
                int found = text.AsSpan(at + anchor, last - at + 1).IndexOfAny(lower, upper);
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

        /// <summary>Letters from the rarest to the most common in English text.</summary>
        private const string LettersByRarity = "zqxjkvbpygfwmucldrhsnioate";

        /// <summary>The rank of each lower-case ASCII letter in <see cref="LettersByRarity"/>.</summary>
        private static readonly byte[] Rarity = RankLetters();

        private static byte[] RankLetters()
        {
            var ranks = new byte[26];
            for (int i = 0; i < LettersByRarity.Length; i++)
            {
                ranks[LettersByRarity[i] - 'a'] = (byte)i;
            }

            return ranks;
        }

        private static int RarestLetter(string value)
        {
            int best = 0;
            int bestRank = int.MaxValue;
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                int rank = IsAsciiLetter(c) ? Rarity[(c | 0x20) - 'a'] : LettersByRarity.Length;
                if (rank < bestRank)
                {
                    best = i;
                    bestRank = rank;
                }
            }

            return best;
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
