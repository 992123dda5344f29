using System;

namespace NewsletterLinter.Parsing.FastPaths
{
    /// <summary>
    /// Builds a string in place, as <c>string.Create</c> does on newer frameworks (netstandard2.0 has
    /// none): the string is allocated once and written before anything else can see it, instead of
    /// being assembled in a buffer and copied. Only for strings this code has just allocated.
    /// </summary>
    internal static unsafe class StringWriting
    {
        /// <summary>A new string with the characters of <paramref name="text"/>, free to be written.</summary>
        public static string CopyOf(string text)
        {
            if (text.Length == 0)
            {
                return string.Empty;
            }

            fixed (char* source = text)
            {
                return new string(source, 0, text.Length);
            }
        }

        /// <summary>A new string of <paramref name="length"/> characters, free to be written.</summary>
        public static string Allocate(int length) => length == 0 ? string.Empty : new string('\0', length);

        /// <summary>Sets the characters of <paramref name="target"/> from <paramref name="start"/> to <paramref name="end"/> to <paramref name="value"/>.</summary>
        public static void Fill(string target, int start, int end, char value)
        {
            if (start < 0 || end > target.Length || start >= end)
            {
                return;
            }

            fixed (char* chars = target)
            {
                new Span<char>(chars + start, end - start).Fill(value);
            }
        }

        /// <summary>Copies <paramref name="length"/> characters of <paramref name="source"/> from <paramref name="from"/> into <paramref name="target"/> at <paramref name="at"/>.</summary>
        public static void Copy(string source, int from, int length, string target, int at)
        {
            if (length <= 0)
            {
                return;
            }

            if (from < 0 || from + length > source.Length || at < 0 || at + length > target.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(length));
            }

            fixed (char* chars = target)
            {
                source.AsSpan(from, length).CopyTo(new Span<char>(chars + at, length));
            }
        }
    }
}
