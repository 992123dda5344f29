using System;
using System.Collections.Concurrent;
using System.Threading;

namespace NewsletterLinter.Parsing.FastPaths
{
    /// <summary>
    /// One instance of each short text that repeats from issue to issue, such as a section header's
    /// name and line (<c>HIGHLIGHTS</c>, <c>## TECHNICAL AI ALIGNMENT</c>): what a run holds of many
    /// issues then holds each once. Bounded, so that an archive of unusual headers cannot grow it
    /// without end; a text past the bound is simply not shared.
    /// </summary>
    internal static class SharedStrings
    {
        private const int MaxLength = 80;
        private const int MaxCount = 4096;

        private static readonly ConcurrentDictionary<string, string> Pool = new(StringComparer.Ordinal);
        private static int count;

        /// <summary>The shared instance equal to <paramref name="text"/>, which becomes it when there is none yet.</summary>
        public static string Share(string text)
        {
            if (text.Length > MaxLength)
            {
                return text;
            }

            if (Pool.TryGetValue(text, out string? shared))
            {
                return shared;
            }

            if (Volatile.Read(ref count) >= MaxCount)
            {
                return text;
            }

            // Another thread may have added the same text meanwhile: its instance is the one kept.
            shared = Pool.GetOrAdd(text, text);
            if (ReferenceEquals(shared, text))
            {
                Interlocked.Increment(ref count);
            }

            return shared;
        }
    }
}
