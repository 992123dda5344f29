using System;
using System.Collections.Generic;
using System.Linq;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using NewsletterLinter.Parsing.Markdown;

namespace NewsletterLinter.Parsing.Tests
{
    /// <summary>
    /// The blocks stage's link parser (<see cref="LinkOpenerParser"/>) reads every text as Markdig's
    /// own link parser does: the same inlines with the same ranges, links with the same targets.
    /// </summary>
    public class LinkOpenerTests
    {
        // The blocks stage's pipeline with the link opener and every paragraph through the inline stage.
        private static readonly MarkdownPipeline WithLinkOpener = NewsletterLinter.Parsing.FastPaths.ReferencePaths.InlineStagePipeline;

        [Theory]
        [InlineData("[Title](https://example.org) (Author): text")]
        [InlineData("**[Title](https://example.org)** *(Author)* and [another](/u \"with a title\").")]
        [InlineData("[nested [brackets] here](u) and [unclosed")]
        [InlineData("[a [b](u) c](v)")]
        [InlineData("![an image](i.png) and [a link](u)")]
        [InlineData("[collapsed][] and [full][label] and [shortcut]")]
        [InlineData("[label]: https://example.org/defined\n\nNow [label] and [label][] and [text][label] and [other](u).")]
        [InlineData("Escaped \\[not a link\\](u) and `[code](u)` and <https://example.org>")]
        [InlineData("[line\nbreak](u) [a](<u v>) [b](u (t)) [c]( u )")]
        public void Reads_links_as_Markdig_does(string text)
        {
            Compare(text);
        }

        [Fact]
        public void A_document_that_defines_link_references_keeps_Markdig_s_own_reading()
        {
            MarkdownDocument document = global::Markdig.Markdown.Parse("[x]: /defined\n\n[x] and [y]\n", WithLinkOpener);

            LinkInline link = Assert.Single(document.Descendants<LinkInline>());
            Assert.Equal("/defined", link.Url);
            Assert.True(link.IsShortcut);
        }

        [Fact]
        public void Generated_texts_read_the_same_both_ways()
        {
            string[] pieces =
            {
                "[", "]", "(", ")", "![", "<", ">", "`", "*", "**", "_", "\\", "\"", "'", "&amp;", " ", "  ", "\n", "\n\n",
                "word", "é", "[a]", "[a][]", "[a](u)", "(u \"t\")", "https://x.org/p", "[a]: /u\n", "- ", "> ", "#",
            };
            foreach (string text in InlineReadings.Generate(pieces, 6000, 30))
            {
                Compare(text);
            }
        }

        [SkippableFact]
        [Trait("Category", "Slow")]
        public void Every_real_issue_reads_the_same_both_ways()
        {
            int links = InlineReadings.RealIssueViews().Sum(Compare);

            Assert.True(links > 4_000, $"only {links} links were compared");
        }

        /// <summary>Compares the inlines of every leaf block of <paramref name="text"/> read both ways; returns how many links there were.</summary>
        private static int Compare(string text)
        {
            List<LeafBlock> ours = global::Markdig.Markdown.Parse(text, WithLinkOpener).Descendants<LeafBlock>().ToList();
            List<LeafBlock> theirs = global::Markdig.Markdown.Parse(text, InlineReadings.Markdig).Descendants<LeafBlock>().ToList();
            Assert.Equal(theirs.Count, ours.Count);
            int links = 0;
            for (int i = 0; i < theirs.Count; i++)
            {
                Assert.Equal(theirs[i].GetType(), ours[i].GetType());
                Assert.Equal(theirs[i].Span, ours[i].Span);
                List<Inline> expected = theirs[i].Inline?.Descendants<Inline>().ToList() ?? new List<Inline>();
                List<Inline> actual = ours[i].Inline?.Descendants<Inline>().ToList() ?? new List<Inline>();
                Assert.Equal(expected.Count, actual.Count);
                for (int k = 0; k < expected.Count; k++)
                {
                    Assert.Equal(expected[k].GetType(), actual[k].GetType());
                    Assert.True(expected[k].Span == actual[k].Span, $"{expected[k].GetType().Name} {expected[k].Span} vs {actual[k].Span} in {Show(text, expected[k].Span.Start)}");
                    switch (expected[k])
                    {
                        case LiteralInline literal:
                            Assert.Equal(literal.Content.ToString(), ((LiteralInline)actual[k]).Content.ToString());
                            break;
                        case LinkInline link:
                            var other = (LinkInline)actual[k];
                            Assert.Equal(link.Url, other.Url);
                            Assert.Equal(link.Title, other.Title);
                            Assert.Equal(link.IsImage, other.IsImage);
                            Assert.Equal(link.IsShortcut, other.IsShortcut);
                            Assert.Equal(link.UrlSpan, other.UrlSpan);
                            links++;
                            break;
                        case EmphasisInline emphasis:
                            Assert.Equal(emphasis.DelimiterCount, ((EmphasisInline)actual[k]).DelimiterCount);
                            break;
                    }
                }

                InlineReadings.AssertSame(InlineText.FromBlock(theirs[i], text), InlineText.FromBlock(ours[i], text), text);
            }

            return links;
        }

        private static string Show(string text, int at)
        {
            int start = Math.Max(0, Math.Min(text.Length, at - 80));
            return text.Substring(start, Math.Min(120, text.Length - start)).Replace("\n", "\\n");
        }
    }
}
