using System;
using System.Collections.Generic;

namespace NewsletterLinter.Parsing.Rules
{
    /// <summary>
    /// The value most items share (a header style, a level): the rules' conventions within an issue.
    /// Plain loops over the few headers of an issue; on a tie the value seen first wins.
    /// </summary>
    internal static class Majority
    {
        /// <summary>The most frequent <paramref name="key"/> of <paramref name="items"/> (not empty); the first seen on a tie.</summary>
        public static TKey Of<TItem, TKey>(IReadOnlyList<TItem> items, Func<TItem, TKey> key)
        {
            EqualityComparer<TKey> comparer = EqualityComparer<TKey>.Default;
            TKey best = key(items[0]);
            int bestCount = 0;
            for (int i = 0; i < items.Count; i++)
            {
                TKey candidate = key(items[i]);
                if (IsAmong(items, key, comparer, candidate, 0, i))
                {
                    // Counted when it was first seen.
                    continue;
                }

                int count = 1;
                for (int j = i + 1; j < items.Count; j++)
                {
                    if (comparer.Equals(key(items[j]), candidate))
                    {
                        count++;
                    }
                }

                if (count > bestCount)
                {
                    best = candidate;
                    bestCount = count;
                }
            }

            return best;
        }

        /// <summary>The distinct keys of <paramref name="items"/>, in the order they first occur.</summary>
        public static List<TKey> DistinctKeys<TItem, TKey>(IReadOnlyList<TItem> items, Func<TItem, TKey> key)
        {
            EqualityComparer<TKey> comparer = EqualityComparer<TKey>.Default;
            var keys = new List<TKey>();
            for (int i = 0; i < items.Count; i++)
            {
                TKey candidate = key(items[i]);
                if (!IsAmong(items, key, comparer, candidate, 0, i))
                {
                    keys.Add(candidate);
                }
            }

            return keys;
        }

        private static bool IsAmong<TItem, TKey>(IReadOnlyList<TItem> items, Func<TItem, TKey> key, EqualityComparer<TKey> comparer, TKey value, int from, int to)
        {
            for (int j = from; j < to; j++)
            {
                if (comparer.Equals(key(items[j]), value))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
