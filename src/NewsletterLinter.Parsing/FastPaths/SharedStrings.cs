using System;
using System.Collections.Concurrent;
using System.Threading;

namespace NewsletterLinter.Parsing.FastPaths
{
    /// <summary>
    /// One instance of each short text that repeats from issue to issue, such as a section header's
    /// name and line (<c>HIGHLIGHTS</c>, <c>## TECHNICAL AI ALIGNMENT</c>): what a run holds of many
    /// issues then holds each once. What it buys: the cross-file facts kept per issue until the index
    /// exists are smaller. What it assumes: the process parses one archive's headers, so a bounded
    /// pool holds them; a text past the bound is simply not shared.
    /// </summary>
    internal static class SharedStrings
    {
        private static readonly StringPool Pool = new(maxLength: 80, maxCount: 4096);

        /// <summary>The shared instance equal to <paramref name="text"/>, which becomes it when there is none yet.</summary>
        public static string Share(string text) => Pool.Share(text);

        /// <summary>Whether the pool holds its bound of texts, so that a text not yet in it is no longer shared.</summary>
        public static bool IsFull => Pool.IsFull;
    }

    /// <summary>A bounded pool of short strings, safe on every thread: one instance of each text, up to a number of texts.</summary>
    internal sealed class StringPool
    {
        private readonly ConcurrentDictionary<string, string> _pool = new(StringComparer.Ordinal);
        private readonly int _maxLength;
        private readonly int _maxCount;
        private int _count;

        public StringPool(int maxLength, int maxCount)
        {
            _maxLength = maxLength;
            _maxCount = maxCount;
        }

        /// <summary>Whether the pool holds as many texts as its bound.</summary>
        public bool IsFull => Volatile.Read(ref _count) >= _maxCount;

        /// <summary>The pooled instance equal to <paramref name="text"/>, which becomes it when there is none yet and the pool has room.</summary>
        public string Share(string text)
        {
            if (text.Length > _maxLength)
            {
                return text;
            }

            if (_pool.TryGetValue(text, out string? shared))
            {
                return shared;
            }

            if (Volatile.Read(ref _count) >= _maxCount)
            {
                return text;
            }

            // Another thread may have added the same text meanwhile: its instance is the one kept.
            shared = _pool.GetOrAdd(text, text);
            if (ReferenceEquals(shared, text))
            {
                Interlocked.Increment(ref _count);
            }

            return shared;
        }
    }
}
