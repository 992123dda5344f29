using System.Linq;
using NewsletterLinter.Parsing.Corpus;
using NewsletterLinter.Parsing.FastPaths;
using NewsletterLinter.Parsing.Markdown;
using NewsletterLinter.Parsing.Text;
using NewsletterLinter.Tests;

namespace NewsletterLinter.Parsing.Tests
{
    /// <summary>The small text helpers the parser's speed rests on: they must say exactly what the slow forms said.</summary>
    public class TextHelperTests
    {
        [Theory]
        [InlineData("Rohin\u2019s Opinion: fine", "opinion", 0, 8)]
        [InlineData("“OPINION” first", "opinion", 0, 1)]
        [InlineData("no such word", "opinion", 0, -1)]
        [InlineData("opinion", "opinion", 1, -1)]
        [InlineData("To unsubscribe FROM THIS LIST, click", "unsubscribe from this list", 0, 3)]
        [InlineData("`pinion @pinion", "@pinion", 0, 8)]
        [InlineData("Opinion and opinion", "opinion", 1, 12)]
        public void Finds_an_ascii_word_in_any_letter_case(string text, string word, int start, int expected)
            => Assert.Equal(expected, AsciiSearch.IndexOfIgnoreCase(text, word, start, text.Length - start));

        [Fact]
        public void Only_letters_fold_and_the_range_is_respected()
        {
            // '@' and '`' differ by the same bit as 'A' and 'a', but they are not letters.
            Assert.False(AsciiSearch.EqualsAt("`x", 0, "@x"));
            Assert.True(AsciiSearch.EqualsAt("xOpInIoN", 1, "opinion"));
            Assert.Equal(-1, AsciiSearch.IndexOfIgnoreCase("an opinion", "opinion", 0, 9));
            Assert.Equal(3, AsciiSearch.IndexOfIgnoreCase("an opinion", "opinion", 0, 10));
        }

        [Fact]
        public void A_masked_view_is_a_new_string_and_the_issue_text_is_untouched()
        {
            string text = "[AN #5]: A title\n\n| cell |\n";
            string before = new string(text.ToCharArray());

            (string view, _) = MarkdownView.Prepare(text);

            Assert.NotSame(text, view);
            Assert.Equal(before, text);
            Assert.Equal(MarkdownView.TitleBracketMask + "AN #5]: A title\n\n  cell  \n", view);
        }

        [Fact]
        public void Strings_written_in_place_hold_exactly_what_was_written()
        {
            string source = "abcdef";
            string copy = StringWriting.CopyOf(source);
            StringWriting.Fill(copy, 1, 3, '-');
            Assert.Equal("a--def", copy);
            Assert.Equal("abcdef", source);

            string joined = StringWriting.Allocate(5);
            StringWriting.Copy("xyz", 1, 2, joined, 0);
            StringWriting.Fill(joined, 2, 3, ' ');
            StringWriting.Copy("abc", 0, 2, joined, 3);
            Assert.Equal("yz ab", joined);
            Assert.Throws<System.ArgumentOutOfRangeException>(() => StringWriting.Copy("abc", 0, 3, joined, 4));
        }

        [Theory]
        [InlineData("a\nb\r\nc\rd\n\ne", new[] { 0, 2, 5, 7, 9, 10 })]
        [InlineData("", new[] { 0 })]
        [InlineData("\r\n", new[] { 0, 2 })]
        [InlineData("x\r", new[] { 0, 2 })]
        public void Lines_start_after_every_kind_of_line_break(string text, int[] starts)
        {
            var lines = new LineMap(text);

            Assert.Equal(starts.Length, lines.LineCount);
            for (int line = 1; line <= starts.Length; line++)
            {
                Assert.Equal(starts[line - 1], lines.LineStart(line));
            }
        }

        [Fact]
        public void The_edit_distance_within_a_limit_is_the_full_distance_or_says_it_is_not_below_the_limit()
        {
            // The full Levenshtein table, for comparison.
            static int Full(string a, string b)
            {
                var d = new int[a.Length + 1, b.Length + 1];
                for (int i = 0; i <= a.Length; i++)
                {
                    d[i, 0] = i;
                }

                for (int j = 0; j <= b.Length; j++)
                {
                    d[0, j] = j;
                }

                for (int i = 1; i <= a.Length; i++)
                {
                    for (int j = 1; j <= b.Length; j++)
                    {
                        d[i, j] = System.Math.Min(System.Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                    }
                }

                return d[a.Length, b.Length];
            }

            var random = new System.Random(20261203);
            string[] names = { "HIGHLIGHTS", "TECHNICAL AI ALIGNMENT", "AI STRATEGY AND POLICY", "OTHER PROGRESS IN AI", "NEWS", "READING GROUP" };
            for (int round = 0; round < 4000; round++)
            {
                string a = Mutate(names[random.Next(names.Length)], random);
                string b = round % 3 == 0 ? Mutate(a, random) : names[random.Next(names.Length)];
                int full = Full(a, b);
                Assert.Equal(full, EditDistance.Compute(a, b));
                foreach (int limit in new[] { 1, 2, 3, 5, 8, 13, 40 })
                {
                    int within = EditDistance.Compute(a, b, limit);
                    Assert.True(full < limit ? within == full : within >= limit, $"'{a}' to '{b}': {within} within {limit}, the distance is {full}");
                }

                // The bound from character counts is never above the distance (a wrong bound would
                // make the taxonomy skip the nearest name).
                int[] countsA = new int[64];
                int[] countsB = new int[64];
                EditDistance.CountCharacters(a, countsA);
                EditDistance.CountCharacters(b, countsB);
                Assert.True(EditDistance.LowerBound(countsA, countsB) <= full, $"'{a}' to '{b}': bound {EditDistance.LowerBound(countsA, countsB)} over the distance {full}");
            }

            static string Mutate(string text, System.Random random)
            {
                var chars = new System.Collections.Generic.List<char>(text);
                for (int edits = random.Next(0, 8); edits > 0; edits--)
                {
                    int at = random.Next(chars.Count + 1);
                    switch (random.Next(3))
                    {
                        case 0:
                            chars.Insert(at, (char)('A' + random.Next(26)));
                            break;
                        case 1 when at < chars.Count:
                            chars.RemoveAt(at);
                            break;
                        default:
                            if (at < chars.Count)
                            {
                                chars[at] = (char)('A' + random.Next(26));
                            }

                            break;
                    }
                }

                return new string(chars.ToArray());
            }
        }

        [Fact]
        public void A_suggestion_is_the_first_nearest_name_as_a_search_of_every_name_finds_it()
        {
            var taxonomy = NewsletterLinter.Parsing.Taxonomy.SectionTaxonomy.BuiltIn;
            var random = new System.Random(20261204);
            int suggested = 0;
            for (int round = 0; round < 3000; round++)
            {
                string name = taxonomy.Entries[random.Next(taxonomy.Entries.Count)].Name;
                var chars = new System.Collections.Generic.List<char>(name);
                for (int edits = random.Next(0, 5); edits > 0 && chars.Count > 0; edits--)
                {
                    int at = random.Next(chars.Count);
                    chars[at] = (char)(random.Next(4) == 0 ? ' ' : 'A' + random.Next(26));
                }

                string key = NewsletterLinter.Parsing.Taxonomy.SectionTaxonomy.Key(new string(chars.ToArray()));

                // Every name, the full distance, the first of the nearest: what the search did before it skipped any.
                NewsletterLinter.Parsing.Taxonomy.TaxonomyEntry? best = null;
                int bestDistance = System.Math.Max(1, key.Length / 4) + 1;
                foreach (var entry in taxonomy.Entries)
                {
                    int distance = EditDistance.Compute(key, entry.Name);
                    if (distance < bestDistance)
                    {
                        best = entry;
                        bestDistance = distance;
                    }
                }

                var expected = best is not null && bestDistance <= System.Math.Max(1, System.Math.Min(key.Length, best.Name.Length) / 4) ? best : null;
                suggested += expected is null ? 0 : 1;
                Assert.True(ReferenceEquals(expected, taxonomy.Suggest(key)), $"'{key}': {taxonomy.Suggest(key)?.Name} instead of {expected?.Name}");
            }

            Assert.True(suggested > 500, $"only {suggested} of the generated names had a suggestion");
        }

        [Fact]
        public void Names_split_by_ranges_as_they_split_by_substrings()
        {
            // The splitting as it was written with Split, Trim and Substring, for comparison.
            static System.Collections.Generic.List<string> BySubstrings(string text)
            {
                var names = new System.Collections.Generic.List<string>();
                void Add(string name)
                {
                    name = TextNormalizer.FoldWhitespace(name);
                    if (name.Length > 0)
                    {
                        names.Add(name);
                    }
                }

                foreach (string part in text.Split(','))
                {
                    string piece = part.Trim();
                    if (piece.StartsWith("and ", System.StringComparison.Ordinal))
                    {
                        piece = piece.Substring(4).Trim();
                    }

                    int and = piece.IndexOf(" and ", System.StringComparison.Ordinal);
                    while (and > 0)
                    {
                        Add(piece.Substring(0, and));
                        piece = piece.Substring(and + 5).Trim();
                        and = piece.IndexOf(" and ", System.StringComparison.Ordinal);
                    }

                    int amp = piece.IndexOf(" & ", System.StringComparison.Ordinal);
                    if (amp > 0)
                    {
                        Add(piece.Substring(0, amp));
                        piece = piece.Substring(amp + 3);
                    }

                    Add(piece);
                }

                return names;
            }

            string[] pieces = { "Ada", "Lovelace", " ", "  ", "\u00A0", "\t", ",", ", ", " and ", "and ", " & ", "&", "et al", "A.", "Jean-Luc", "\u2003", "and" };
            foreach (string text in new[] { string.Empty, ",", "and ", " and ", "A and B and C", "A, B, and C", "A & B & C" }.Concat(InlineReadings.Generate(pieces, 5000, 12)))
            {
                Assert.Equal(BySubstrings(text), AuthorGroups.SplitNames(text));
            }
        }

        [Fact]
        public void A_map_from_Markdig_s_line_starts_is_the_map_searched_in_the_text()
        {
            // Mixed line breaks, blank lines, a final break or none, and the blocks whose lines Markdig reads apart.
            string[] pieces = { "a", "\n", "\r", "\r\n", " ", "> ", "- ", "```", "---", "\n\n", "b c", "# ", "---\ntitle: x\n---\n", "    code" };
            foreach (string text in new[] { string.Empty, "a", "a\n", "x\r", "\n\n", "a\n\r\nb\r\r\n" }.Concat(InlineReadings.Generate(pieces, 5000, 25)))
            {
                AssertSameLineStarts(text);
            }
        }

        [SkippableFact]
        public void A_map_from_Markdig_s_line_starts_is_the_map_searched_in_every_real_issue()
        {
            foreach (string file in System.IO.Directory.GetFiles(TestPaths.RequireCorpus(), "*.md"))
            {
                AssertSameLineStarts(System.IO.File.ReadAllText(file));
            }
        }

        private static void AssertSameLineStarts(string text)
        {
            var searched = new LineMap(text);
            LineMap fromMarkdig = LineMap.FromMarkdig(text, global::Markdig.Markdown.Parse(text, IssueParser.MarkdownPipeline).LineStartIndexes);
            Assert.True(searched.LineCount == fromMarkdig.LineCount, $"{fromMarkdig.LineCount} lines instead of {searched.LineCount} in '{text.Replace("\r", "\\r").Replace("\n", "\\n")}'");
            for (int line = 1; line <= searched.LineCount; line++)
            {
                Assert.Equal(searched.LineStart(line), fromMarkdig.LineStart(line));
            }
        }

        [Fact]
        public void Spans_give_the_same_lines_and_columns_as_positions_near_and_far()
        {
            string text = string.Concat(System.Linq.Enumerable.Range(0, 40).Select(i => new string('x', i % 7) + (i % 3 == 0 ? "\r\n" : "\n")));
            var lines = new LineMap(text);
            for (int start = 0; start <= text.Length; start += 3)
            {
                foreach (int length in new[] { 0, 1, 5, 17, 60, 200 })
                {
                    int end = System.Math.Min(text.Length, start + length);
                    Model.SourceSpan span = lines.Span(start, end);
                    Assert.Equal(lines.Position(start), (span.Line, span.Column));
                    Assert.Equal(lines.Position(end), (span.EndLine, span.EndColumn));
                    Assert.Equal(end - start, span.Length);
                }
            }
        }

        [Fact]
        public void Positions_asked_in_any_order_match_a_count_of_line_breaks()
        {
            // The map remembers the line of its last answer; answers in random order, forwards,
            // backwards and from several threads must not depend on it.
            string text = string.Concat(System.Linq.Enumerable.Range(0, 300).Select(i => new string('y', (i * 7) % 11) + (i % 5 == 0 ? "\r\n" : i % 7 == 0 ? "\r" : "\n")));
            var lines = new LineMap(text);
            (int Line, int Column) Expected(int offset)
            {
                int line = 1, lineStart = 0;
                for (int i = 0; i < offset; i++)
                {
                    if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
                    {
                        line++;
                        lineStart = i + 1;
                    }
                }

                return (line, offset - lineStart + 1);
            }

            var random = new System.Random(7);
            int[] offsets = System.Linq.Enumerable.Range(0, 2000).Select(_ => random.Next(text.Length + 1)).ToArray();
            foreach (int offset in offsets.Concat(System.Linq.Enumerable.Range(0, text.Length + 1)).Concat(System.Linq.Enumerable.Range(0, text.Length + 1).Reverse()))
            {
                Assert.Equal(Expected(offset), lines.Position(offset));
            }

            System.Threading.Tasks.Parallel.For(0, 4, worker =>
            {
                var local = new System.Random(worker);
                for (int k = 0; k < 3000; k++)
                {
                    int offset = local.Next(text.Length + 1);
                    Assert.Equal(Expected(offset), lines.Position(offset));
                }
            });
        }

        [Fact]
        public void Paragraphs_join_with_a_blank_line_between_them()
        {
            var pieces = new TextPieces();
            Assert.Equal(string.Empty, pieces.ToString());
            pieces.AddTrimmed("  first paragraph \n");
            Assert.Equal("first paragraph", pieces.ToString());
            pieces.AddTrimmed("xx second", 2);
            Assert.False(pieces.AddTrimmed("   "));
            pieces.AddTrimmed("third");
            Assert.Equal("first paragraph\n\nsecond\n\nthird", pieces.ToString());
        }
    }
}
