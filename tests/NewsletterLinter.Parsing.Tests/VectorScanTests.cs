using System.Linq;
using System.Text;
using System;
using NewsletterLinter.Parsing.FastPaths;
using NewsletterLinter.Parsing.Text;

namespace NewsletterLinter.Parsing.Tests
{
    /// <summary>
    /// The vectorized searches against plain loops over the same ranges: texts of every length up to
    /// several vectors, every start and end, and the characters each search stops at placed at every
    /// position (a vector's first and last lane, the last character of the text, just past the range).
    /// </summary>
    public class VectorScanTests
    {
        // Printable ASCII, the characters the searches look for, and their neighbours.
        private const string Alphabet = "ab (sS)~!\u007F\u0080\u0084\u0085\u00A0\u2019\u2000\u3000\t\n\u0001<\\&^";

        private static readonly string[] Pairs = { "(s", "(S", "(t", "  ", "( s" };

        [Fact]
        public void A_pair_with_its_second_character_in_either_case_is_found_where_a_loop_finds_it()
        {
            foreach ((string text, int from, int to) in Ranges(seed: 1))
            {
                int expected = FirstWhere(Math.Max(0, from), Math.Min(to, text.Length), -1, i => text[i] == '(' && i + 1 < text.Length && (text[i + 1] | 0x20) == 's');

                Assert.True(expected == VectorScan.IndexOfPairIgnoreCase(text, from, to, '(', 's'), Describe(text, from, to));
            }
        }

        [Fact]
        public void Any_of_eight_characters_is_found_where_a_loop_finds_it()
        {
            const string Searched = "|\uFEFF\u200B\u200C\u200D\u2060\0\uFFFD";
            foreach ((string plain, int from, _) in Ranges(seed: 5))
            {
                // The alphabet has none of the searched characters but the pipe: put some in.
                var random = new Random(plain.Length * 31 + from);
                char[] chars = plain.ToCharArray();
                for (int k = random.Next(3); k > 0 && chars.Length > 0; k--)
                {
                    chars[random.Next(chars.Length)] = Searched[random.Next(Searched.Length)];
                }

                string text = new string(chars);
                int expected = FirstWhere(from, text.Length, text.Length, i => Searched.IndexOf(text[i]) >= 0);

                Assert.True(expected == VectorScan.IndexOfAny(text, from, '|', '\uFEFF', '\u200B', '\u200C', '\u200D', '\u2060', '\0', '\uFFFD'), Describe(text, from, text.Length));
            }
        }

        [Fact]
        public void A_character_outside_a_range_or_excluded_is_found_where_a_loop_finds_it()
        {
            foreach ((string text, int from, int to) in Ranges(seed: 2))
            {
                int expected = FirstWhere(from, to, to, i => text[i] < '!' || text[i] > '~' || "()<\\&".IndexOf(text[i]) >= 0);

                Assert.True(expected == VectorScan.IndexOfOutside(text, from, to, '!', '~', '(', ')', '<', '\\', '&'), Describe(text, from, to));
            }
        }

        [Fact]
        public void A_fold_candidate_is_found_where_a_loop_finds_it()
        {
            foreach ((string text, int from, int to) in Ranges(seed: 3))
            {
                int expected = FirstWhere(from, to, to, i => text[i] < ' ' || text[i] >= '\u0085' || (text[i] == ' ' && i + 1 < to && text[i + 1] == ' '));

                Assert.True(expected == VectorScan.IndexOfFoldCandidate(text, from, to), Describe(text, from, to));
            }
        }

        [Fact]
        public void Folding_says_a_range_is_folded_exactly_when_folding_it_changes_nothing()
        {
            foreach ((string text, int from, int to) in Ranges(seed: 4))
            {
                string range = text.Substring(from, to - from);
                string folded = TextNormalizer.FoldWhitespace(text, from, to - from);
                Assert.Equal(SlowFold(range), folded);
            }
        }

        /// <summary>Folding as it was first written: split on white space, join with one space.</summary>
        private static string SlowFold(string text) => string.Join(" ", text.Split(Spaces, StringSplitOptions.RemoveEmptyEntries));

        private static readonly char[] Spaces = Enumerable.Range(0, 0x10000).Select(c => (char)c).Where(TextNormalizer.IsSpace).ToArray();

        private static System.Collections.Generic.IEnumerable<(string Text, int From, int To)> Ranges(int seed)
        {
            var random = new Random(seed);
            for (int length = 0; length <= 90; length++)
            {
                for (int sample = 0; sample < 40; sample++)
                {
                    // Mostly one plain letter, with a few of the alphabet's characters at random places,
                    // so that a vector holds none, one or several of what is searched for.
                    var text = new StringBuilder(new string(sample % 2 == 0 ? 'a' : ' ', length));
                    int marks = random.Next(0, 4);
                    for (int m = 0; m < marks && length > 0; m++)
                    {
                        // A character, or one of the pairs searched for, at a random place.
                        string mark = random.Next(3) == 0 ? Pairs[random.Next(Pairs.Length)] : Alphabet[random.Next(Alphabet.Length)].ToString();
                        int at = random.Next(length);
                        for (int k = 0; k < mark.Length && at + k < length; k++)
                        {
                            text[at + k] = mark[k];
                        }
                    }

                    string s = text.ToString();
                    int from = length == 0 ? 0 : random.Next(0, Math.Min(length, 20));
                    int to = random.Next(from, length + 1);
                    yield return (s, from, to);
                    yield return (s, 0, length);
                }
            }
        }

        /// <summary>The plain loop each search is compared with: the first index in [<paramref name="from"/>, <paramref name="to"/>) where <paramref name="stops"/> holds, or <paramref name="none"/>.</summary>
        private static int FirstWhere(int from, int to, int none, Func<int, bool> stops)
        {
            for (int i = from; i < to; i++)
            {
                if (stops(i))
                {
                    return i;
                }
            }

            return none;
        }

        private static string Describe(string text, int from, int to)
            => $"[{from}, {to}) of \"{string.Concat(text.Select(c => c < ' ' || c > '~' ? $"\\u{(int)c:X4}" : c.ToString()))}\"";
    }
}
