using System.Linq;
using NewsletterLinter.Parsing.Corpus;
using NewsletterLinter.Parsing.FastPaths;
using NewsletterLinter.Parsing.Markdown;
using NewsletterLinter.Parsing.Text;
using NewsletterLinter.Tests;

namespace NewsletterLinter.Parsing.Tests
{
    /// <summary>The keys the archive's index compares titles and links by, and the pool that holds repeated header texts once.</summary>
    public class IndexKeyTests
    {
        [Theory]
        [InlineData(" HTTPS://www.Example.org/a/b/#part ", "example.org/a/b")]
        [InlineData("http://WWW.example.org///", "example.org")]
        [InlineData("example.org/x#y://z", "example.org/x")]
        [InlineData("www.", "")]
        [InlineData("#only", "")]
        [InlineData("", "")]
        public void A_url_key_drops_scheme_www_fragment_and_trailing_slashes(string url, string expected)
            => Assert.Equal(expected, NewsletterLinter.Parsing.Corpus.CorpusIndex.UrlKey(url));

        [Fact]
        public void A_url_key_is_the_one_its_step_by_step_form_gives()
        {
            // The key as it was first written, one copy a step: the range-based form must agree.
            static string StepByStep(string url)
            {
                string key = url.Trim();
                int hash = key.IndexOf('#');
                if (hash >= 0)
                {
                    key = key.Substring(0, hash);
                }

                int scheme = key.IndexOf("://", System.StringComparison.Ordinal);
                if (scheme >= 0)
                {
                    key = key.Substring(scheme + 3);
                }

                if (key.StartsWith("www.", System.StringComparison.OrdinalIgnoreCase))
                {
                    key = key.Substring(4);
                }

                return key.TrimEnd('/').ToLowerInvariant();
            }

            string[] parts = { "http", "https", "://", ":/", "www.", "WwW.", "/", "//", "#", "a", "B", "example", ".org", " ", "\t", "\u00A0", "?q=1", "É" };
            var random = new System.Random(20261205);
            for (int i = 0; i < 20000; i++)
            {
                string url = string.Concat(Enumerable.Range(0, random.Next(0, 9)).Select(_ => parts[random.Next(parts.Length)]));
                Assert.True(StepByStep(url) == NewsletterLinter.Parsing.Corpus.CorpusIndex.UrlKey(url), url);
            }
        }

        [Fact]
        public void Short_texts_that_repeat_are_held_once_up_to_the_pools_bound()
        {
            // A pool of its own: the process-wide one fills with whatever the other tests parse.
            var pool = new StringPool(maxLength: 80, maxCount: 3);
            string first = pool.Share(new string("SHARED HEADER NAME".ToCharArray()));
            string again = pool.Share(new string("SHARED HEADER NAME".ToCharArray()));
            Assert.Same(first, again);
            Assert.Equal("SHARED HEADER NAME", again);

            string long1 = new string('x', 81);
            Assert.Same(long1, pool.Share(long1));
            Assert.NotSame(pool.Share(new string('x', 81)), pool.Share(new string('x', 81)));

            pool.Share("second");
            pool.Share("third");
            Assert.NotSame(pool.Share(new string("fourth".ToCharArray())), pool.Share(new string("fourth".ToCharArray())));
            Assert.Same(first, pool.Share(new string("SHARED HEADER NAME".ToCharArray())));
        }

        [Fact]
        public void Two_issues_share_their_header_names_and_lines()
        {
            // The pool is process-wide and bounded: the other tests of this run (generated issues,
            // fuzzed sessions) may have filled it before this one, and then a new text is not shared.
            bool hadRoom = !SharedStrings.IsFull;
            var one = Parse.Text("# AN #1\n\n## HIGHLIGHTS\n\nText.\n", "AN-001.md");
            var two = Parse.Text("# AN #2\n\n## HIGHLIGHTS\n\nOther text.\n", "AN-002.md");

            Assert.Equal("## HIGHLIGHTS", two.Headers[0].RawText);
            Assert.Equal(Assert.Single(one.Headers).Name, Assert.Single(two.Headers).Name);
            if (hadRoom)
            {
                Assert.Same(one.Headers[0].Name, two.Headers[0].Name);
                Assert.Same(one.Headers[0].RawText, two.Headers[0].RawText);
            }
        }

        [Fact]
        public void A_title_key_is_the_one_the_unicode_tables_give()
        {
            // The key as first written, with the Unicode tables for every character.
            static string WithTables(string title)
            {
                var key = new System.Text.StringBuilder();
                bool space = false;
                foreach (char c in title)
                {
                    if (char.IsLetterOrDigit(c))
                    {
                        if (space && key.Length > 0)
                        {
                            key.Append(' ');
                        }

                        key.Append(char.ToLowerInvariant(c));
                        space = false;
                    }
                    else
                    {
                        space = true;
                    }
                }

                return key.ToString();
            }

            var random = new System.Random(20261206);
            for (int i = 0; i < 20000; i++)
            {
                var chars = new char[random.Next(0, 24)];
                for (int k = 0; k < chars.Length; k++)
                {
                    // Mostly ASCII (every character of it), and some of the rest of the first plane.
                    chars[k] = random.Next(4) == 0 ? (char)random.Next(0x80, 0x3000) : (char)random.Next(0, 0x80);
                }

                string title = new string(chars);
                Assert.True(WithTables(title) == NewsletterLinter.Parsing.Corpus.CorpusIndex.TitleKey(title), title);
            }
        }
    }
}
