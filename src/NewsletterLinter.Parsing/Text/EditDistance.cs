using System;

namespace NewsletterLinter.Parsing.Text
{
    /// <summary>Levenshtein distance, for suggesting the nearest known name.</summary>
    internal static class EditDistance
    {
        /// <summary>The number of buckets <see cref="CountCharacters"/> sorts characters into.</summary>
        internal const int Buckets = 64;

        /// <summary>Counts the characters of <paramref name="text"/> into <paramref name="counts"/> (<see cref="Buckets"/> items), by their low six bits.</summary>
        internal static void CountCharacters(string text, Span<int> counts)
        {
            counts.Clear();
            foreach (char c in text)
            {
                counts[c & (Buckets - 1)]++;
            }
        }

        /// <summary>
        /// A lower bound of the edit distance between two texts from their character counts: every
        /// edit removes at most one character of either text that the other lacks, so the distance is
        /// at least the larger of the two excesses (characters sharing a bucket only make it smaller).
        /// </summary>
        internal static int LowerBound(ReadOnlySpan<int> a, ReadOnlySpan<int> b)
        {
            int onlyA = 0;
            int onlyB = 0;
            for (int i = 0; i < Buckets; i++)
            {
                int difference = a[i] - b[i];
                if (difference > 0)
                {
                    onlyA += difference;
                }
                else
                {
                    onlyB -= difference;
                }
            }

            return Math.Max(onlyA, onlyB);
        }

        /// <summary>
        /// The edit distance between <paramref name="a"/> and <paramref name="b"/>; stops early and
        /// returns a value of at least <paramref name="limit"/> once the distance cannot be below it.
        /// </summary>
        public static int Compute(string a, string b, int limit = int.MaxValue)
            => Compute(a, b, limit, new int[b.Length + 1], new int[b.Length + 1]);

        /// <summary>As <see cref="Compute(string, string, int)"/>, with caller-owned rows of at least <c>b.Length + 1</c> items.</summary>
        public static int Compute(string a, string b, int limit, int[] previous, int[] current)
        {
            if (Math.Abs(a.Length - b.Length) >= limit)
            {
                return limit;
            }

            // Only the cells within limit of the diagonal can be below the limit (a path that leaves
            // that band needs more edits than the limit): each row is computed within the band, and
            // the cells just outside it read as the limit.
            for (int j = 0; j <= b.Length; j++)
            {
                previous[j] = j <= limit ? j : limit;
            }

            for (int i = 1; i <= a.Length; i++)
            {
                int first = Math.Max(1, i - limit);
                int last = (int)Math.Min(b.Length, (long)i + limit);
                current[first - 1] = first == 1 ? i : limit;
                int rowMinimum = first == 1 ? i : int.MaxValue;
                for (int j = first; j <= last; j++)
                {
                    int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                    current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                    rowMinimum = Math.Min(rowMinimum, current[j]);
                }

                if (last < b.Length)
                {
                    current[last + 1] = limit;
                }

                if (rowMinimum >= limit)
                {
                    return limit;
                }

                (previous, current) = (current, previous);
            }

            return previous[b.Length];
        }
    }
}
