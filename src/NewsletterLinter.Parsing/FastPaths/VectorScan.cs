using System.Numerics;

namespace NewsletterLinter.Parsing.FastPaths
{
    /// <summary>
    /// Searches that the runtime's span methods cannot express on netstandard2.0 (a character pair
    /// with the second in either case, a character outside a range, a run of two spaces), written
    /// with <see cref="Vector{T}"/>: a vector of characters is tested at once, and only a vector
    /// holding a candidate is looked at character by character. Each has a plain loop for the
    /// characters that do not fill a vector, and for hosts without vector hardware.
    /// </summary>
    internal static unsafe class VectorScan
    {

        /// <summary>
        /// The first index <c>i</c> in [<paramref name="from"/>, <paramref name="to"/>) where
        /// <paramref name="first"/> stands and the character after it is <paramref name="second"/>, an
        /// ASCII lower-case letter, in either case; -1 if none. The second character may lie at or past
        /// <paramref name="to"/>, within the text.
        /// </summary>
        public static int IndexOfPairIgnoreCase(string text, int from, int to, char first, char second)
        {
            if (to > text.Length - 1)
            {
                to = text.Length - 1;
            }

            int i = from < 0 ? 0 : from;
            fixed (char* chars = text)
            {
                if (Vector.IsHardwareAccelerated)
                {
                    var firsts = new Vector<ushort>(first);
                    var seconds = new Vector<ushort>(second);
                    var caseBit = new Vector<ushort>(0x20);
                    // Both loads stay inside the text: the second reads one character further.
                    for (int width = Vector<ushort>.Count; i + width <= to; i += width)
                    {
                        Vector<ushort> at = *(Vector<ushort>*)(chars + i);
                        Vector<ushort> next = *(Vector<ushort>*)(chars + i + 1);
                        if (!Vector.EqualsAll(Vector.Equals(at, firsts) & Vector.Equals(next | caseBit, seconds), Vector<ushort>.Zero))
                        {
                            break;
                        }
                    }
                }

                for (; i < to; i++)
                {
                    if (chars[i] == first && (chars[i + 1] | 0x20) == second)
                    {
                        return i;
                    }
                }
            }

            return -1;
        }

        /// <summary>
        /// The first index at or after <paramref name="from"/> whose character is one of the eight
        /// given (repeat one to search for fewer); the text's length if none. The runtime's own search
        /// takes five characters at most.
        /// </summary>
        public static int IndexOfAny(string text, int from, char c1, char c2, char c3, char c4, char c5, char c6, char c7, char c8)
        {
            int i = from;
            int to = text.Length;
            fixed (char* chars = text)
            {
                if (Vector.IsHardwareAccelerated)
                {
                    var v1 = new Vector<ushort>(c1);
                    var v2 = new Vector<ushort>(c2);
                    var v3 = new Vector<ushort>(c3);
                    var v4 = new Vector<ushort>(c4);
                    var v5 = new Vector<ushort>(c5);
                    var v6 = new Vector<ushort>(c6);
                    var v7 = new Vector<ushort>(c7);
                    var v8 = new Vector<ushort>(c8);
                    for (int width = Vector<ushort>.Count; i + width <= to; i += width)
                    {
                        Vector<ushort> c = *(Vector<ushort>*)(chars + i);
                        Vector<ushort> found = (Vector.Equals(c, v1) | Vector.Equals(c, v2) | Vector.Equals(c, v3) | Vector.Equals(c, v4))
                            | (Vector.Equals(c, v5) | Vector.Equals(c, v6) | Vector.Equals(c, v7) | Vector.Equals(c, v8));
                        if (!Vector.EqualsAll(found, Vector<ushort>.Zero))
                        {
                            break;
                        }
                    }
                }

                for (; i < to; i++)
                {
                    char c = chars[i];
                    if (c == c1 || c == c2 || c == c3 || c == c4 || c == c5 || c == c6 || c == c7 || c == c8)
                    {
                        return i;
                    }
                }
            }

            return to;
        }

        /// <summary>
        /// The first index in [<paramref name="from"/>, <paramref name="to"/>) whose character is
        /// outside [<paramref name="low"/>, <paramref name="high"/>] or is one of the five excluded
        /// characters; <paramref name="to"/> if none.
        /// </summary>
        public static int IndexOfOutside(string text, int from, int to, char low, char high, char excluded1, char excluded2, char excluded3, char excluded4, char excluded5)
        {
            int i = from;
            fixed (char* chars = text)
            {
                if (Vector.IsHardwareAccelerated)
                {
                    var lows = new Vector<ushort>(low);
                    var span = new Vector<ushort>((ushort)(high - low));
                    var e1 = new Vector<ushort>(excluded1);
                    var e2 = new Vector<ushort>(excluded2);
                    var e3 = new Vector<ushort>(excluded3);
                    var e4 = new Vector<ushort>(excluded4);
                    var e5 = new Vector<ushort>(excluded5);
                    for (int width = Vector<ushort>.Count; i + width <= to; i += width)
                    {
                        Vector<ushort> c = *(Vector<ushort>*)(chars + i);
                        Vector<ushort> stop = Vector.GreaterThan(c - lows, span)
                            | Vector.Equals(c, e1) | Vector.Equals(c, e2) | Vector.Equals(c, e3) | Vector.Equals(c, e4) | Vector.Equals(c, e5);
                        if (!Vector.EqualsAll(stop, Vector<ushort>.Zero))
                        {
                            break;
                        }
                    }
                }

                for (; i < to; i++)
                {
                    char c = chars[i];
                    if ((uint)(c - low) > (uint)(high - low) || c == excluded1 || c == excluded2 || c == excluded3 || c == excluded4 || c == excluded5)
                    {
                        return i;
                    }
                }
            }

            return to;
        }

        /// <summary>
        /// The first index in [<paramref name="from"/>, <paramref name="to"/>) that may break a folded
        /// text: a control character, a character from U+0085 on, or a space followed by a space within
        /// the range; <paramref name="to"/> if none. The caller tests the character found.
        /// </summary>
        public static int IndexOfFoldCandidate(string text, int from, int to)
        {
            int i = from;
            fixed (char* chars = text)
            {
                if (Vector.IsHardwareAccelerated)
                {
                    var space = new Vector<ushort>(' ');
                    var plainEnd = new Vector<ushort>('\u0085' - ' ');
                    // The pair test reads one character further: the last character is left to the loop below.
                    for (int width = Vector<ushort>.Count; i + width < to; i += width)
                    {
                        Vector<ushort> c = *(Vector<ushort>*)(chars + i);
                        Vector<ushort> next = *(Vector<ushort>*)(chars + i + 1);
                        Vector<ushort> candidate = Vector.GreaterThanOrEqual(c - space, plainEnd) | (Vector.Equals(c, space) & Vector.Equals(next, space));
                        if (!Vector.EqualsAll(candidate, Vector<ushort>.Zero))
                        {
                            break;
                        }
                    }
                }

                for (; i < to; i++)
                {
                    char c = chars[i];
                    if ((uint)(c - ' ') >= '\u0085' - ' ' || (c == ' ' && i + 1 < to && chars[i + 1] == ' '))
                    {
                        return i;
                    }
                }
            }

            return to;
        }
    }
}
