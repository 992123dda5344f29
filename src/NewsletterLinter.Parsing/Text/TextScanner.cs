
namespace NewsletterLinter.Parsing.Text
{
    /// <summary>Scans over plain text by index that the recognizers share: spaces, blank ranges, balanced brackets, trimmed ends.</summary>
    internal static class TextScanner
    {
        /// <summary>How far a bracket is looked for: a group longer than this is not a group of names.</summary>
        internal const int MaxGroupLength = 400;

        internal static int MatchingClose(string s, int open, int limit)
        {
            int depth = 0;
            for (int i = open; i < limit && i < s.Length; i++)
            {
                if (s[i] == '(')
                {
                    depth++;
                }
                else if (s[i] == ')')
                {
                    depth--;
                    if (depth == 0)
                    {
                        return i;
                    }
                }
            }

            return -1;
        }

        internal static int MatchingOpen(string s, int floor, int close)
        {
            int depth = 0;
            for (int i = close; i >= floor && close - i <= MaxGroupLength; i--)
            {
                if (s[i] == ')')
                {
                    depth++;
                }
                else if (s[i] == '(')
                {
                    depth--;
                    if (depth == 0)
                    {
                        return i;
                    }
                }
            }

            return -1;
        }

        /// <summary>Whether <paramref name="s"/> holds only white space from <paramref name="from"/> on.</summary>
        internal static bool IsBlank(string s, int from)
        {
            for (int i = from; i < s.Length; i++)
            {
                if (!TextNormalizer.IsSpace(s[i]))
                {
                    return false;
                }
            }

            return true;
        }

        internal static int SkipSpaces(string s, int i, int limit)
        {
            while (i < limit && i < s.Length && (s[i] == ' ' || s[i] == '\u00A0' || s[i] == '\t'))
            {
                i++;
            }

            return i;
        }

        internal static int FirstNonSpace(string s, int from, int to) => SkipSpaces(s, from, to);

        internal static int TrimEnd(string s, int floor, int end)
        {
            while (end > floor && TextNormalizer.IsSpace(s[end - 1]))
            {
                end--;
            }

            return end;
        }

        internal static string Clean(string text) => TextNormalizer.FoldWhitespace(text);

        /// <summary>The first index from <paramref name="i"/> that is not white space of any kind (<see cref="TextNormalizer.IsSpace"/>), or <paramref name="end"/>.</summary>
        internal static int SkipWhiteSpace(string s, int i, int end)
        {
            while (i < end && TextNormalizer.IsSpace(s[i]))
            {
                i++;
            }

            return i;
        }

        /// <summary>Whether <paramref name="start"/> to <paramref name="end"/> holds white space only.</summary>
        internal static bool IsBlank(string s, int start, int end)
        {
            for (int i = start; i < end && i < s.Length; i++)
            {
                if (!TextNormalizer.IsSpace(s[i]))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
