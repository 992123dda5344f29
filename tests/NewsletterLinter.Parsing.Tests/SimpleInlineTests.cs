using System.Collections.Generic;
using System.Linq;
using System;
using Markdig.Syntax;
using Markdig;
using NewsletterLinter.Parsing.FastPaths;
using NewsletterLinter.Parsing.Markdown;
using Xunit.Abstractions;

namespace NewsletterLinter.Parsing.Tests
{
    /// <summary>
    /// A paragraph or heading read without Markdig's inline stage (<see cref="SimpleInlines"/>) reads
    /// as the inline stage reads it: same plain text, same map to the source, same links and emphasis.
    /// </summary>
    public class SimpleInlineTests
    {
        private readonly ITestOutputHelper _output;

        public SimpleInlineTests(ITestOutputHelper output) => _output = output;

        [Theory]
        [InlineData("One line.")]
        [InlineData("Two  \nlines, a hard break between them.")]
        [InlineData("Trailing tab\t\n  and an indented line   ")]
        [InlineData("Windows\r\nline ends\r\n")]
        [InlineData("**[Title](https://example.org/a_b*c)** *(Author A, Author B)* (summarized by Rohin): The text.")]
        [InlineData("**Rohin's opinion:** I like it. See [this](https://example.org/x) and [that](/y?q=1#z)!")]
        [InlineData("A *word* and **two words** and a [link\nover two lines](u) then more.")]
        [InlineData("- a list item with **bold**\n  that goes on  \n- and [another](u)\n")]
        [InlineData("> a quote with *emphasis\n> over two lines*\n")]
        [InlineData("Emphasis **around\n[a link](u)** over a line break.")]
        [InlineData("Wow! Really! (Parentheses) and 'quotes' and \"double\" ones.")]
        [InlineData("**My opinion:**\u00A0It is unclear, where **γ** is a weight and *ε*\u2003small.")]
        [InlineData("Find all resources **[here](http://example.org/)**. In particular (**bold**), a*b*c and x**y z**w.")]
        [InlineData("An escape \\* here, \\[not a link\\] and \\_no emphasis\\_, a [link \\] text](u), a\\*b!c.")]
        [InlineData("*a\\** and **bold\\***, \\*\\* two, \\!\\[ and x\\*  \nnext \\*line")]
        [InlineData("# A heading with **bold** and [a link](u)")]
        [InlineData("Setext *heading*\nover two lines\n===")]
        [InlineData("## Closed ATX heading ##")]
        [InlineData("#   spaced   heading   \n\nText.")]
        [InlineData("HIGHLIGHTS\n----------\n")]
        public void A_simple_paragraph_reads_as_the_inline_stage_reads_it(string text)
        {
            Assert.True(Compare(text) > 0, "the text has a simple paragraph");
        }

        [Theory]
        [InlineData("A [reference][label] link.")]
        [InlineData("A [shortcut] reference.")]
        [InlineData("An ![image](i.png).")]
        [InlineData("Some _underscores_.")]
        [InlineData("An entity &amp; more.")]
        [InlineData("`code`")]
        [InlineData("\\**a run left after an escape**")]
        [InlineData("A backslash \\a before a letter")]
        [InlineData("A trailing backslash\\")]
        [InlineData("A hard\\\nbreak")]
        [InlineData("An escaped \\` backtick")]
        [InlineData("A [link](u\\)v) with an escape in its destination")]
        [InlineData("<https://example.org>")]
        [InlineData("A [link](with space) or [another](u \"title\") or [nested](u(v)).")]
        [InlineData("*nested **emphasis** here*")]
        [InlineData("***three***")]
        [InlineData("**unclosed")]
        [InlineData("*“quoted”*")]
        [InlineData("[*emphasis in a link*](u)")]
        [InlineData("[a [nested] link](u)")]
        [InlineData("[](u)")]
        public void A_paragraph_that_is_not_simple_goes_through_the_inline_stage(string text)
        {
            MarkdownDocument document = Markdig.Markdown.Parse(text, IssueParser.MarkdownPipeline);

            Assert.All(document.Descendants<ParagraphBlock>(), p => Assert.False(SimpleInlines.Read(p.Lines, InlineReadings.Ignored)));
            Assert.Equal(0, Compare(text));
        }

        [Fact]
        public void A_read_paragraph_gives_its_lines_back_to_markdig()
        {
            // Markdig rents a paragraph's lines from its pool; its inline stage gives them back, and
            // so must the simple reading, or every paragraph would allocate new ones.
            const string Text = "A simple paragraph.\n\nA paragraph with `code`, read by Markdig.\n";
            List<ParagraphBlock> paragraphs = Markdig.Markdown.Parse(Text, IssueParser.MarkdownPipeline).Descendants<ParagraphBlock>().ToList();
            Assert.All(paragraphs, p => Assert.NotNull(p.Lines.Lines));

            Assert.Equal("A simple paragraph.", InlineText.FromBlock(paragraphs[0], Text).Text);
            Assert.Equal("A paragraph with code, read by Markdig.", InlineText.FromBlock(paragraphs[1], Text).Text);

            Assert.All(paragraphs, p => Assert.Null(p.Lines.Lines));
            Assert.False(SimpleInlines.IsKept(paragraphs[0]));
        }

        [Fact]
        public void Generated_paragraphs_read_the_same_both_ways()
        {
            string[] pieces =
            {
                "word", "é", "“", " ", "  ", "\t", "\n", "\n\n", "*", "**", "***", "[", "]", "(", ")", "](", "[a](u)", "[a](https://x.org/p_q*r)",
                "**[T](u)**", "*(A)*", ":", "!", ".", ",", "'", "\"", "- ", "> ", "#", "_", "`", "&amp;", "\\", "<b>", "\u00A0", "\v", "γ", "\u2003", "”", "—", "1",
                "\\*", "\\[", "\\]", "\\!", "\\\\", "\\(", "\\a", "\\*word",
            };
            int simple = InlineReadings.Generate(pieces, 10000, 20).Sum(Compare);

            _output.WriteLine($"{simple} simple paragraphs");
            Assert.True(simple > 1000, $"only {simple} simple paragraphs were generated");
        }

        [SkippableFact]
        [Trait("Category", "Slow")]
        public void Every_paragraph_of_the_real_issues_reads_the_same_both_ways()
        {
            int simple = 0;
            int paragraphs = 0;
            foreach (string view in InlineReadings.RealIssueViews())
            {
                simple += Compare(view);
                paragraphs += Markdig.Markdown.Parse(view, InlineReadings.Markdig).Descendants<LeafBlock>().Count(b => b is ParagraphBlock or HeadingBlock);
            }

            _output.WriteLine($"{simple} of {paragraphs} paragraphs and headings read without the inline stage");
            Assert.InRange(simple, paragraphs / 2, paragraphs - 1);
        }

        /// <summary>Compares every leaf block of <paramref name="text"/> read both ways; returns how many paragraphs were simple.</summary>
        private static int Compare(string text)
        {
            List<LeafBlock> ours = Markdig.Markdown.Parse(text, IssueParser.MarkdownPipeline).Descendants<LeafBlock>().ToList();
            List<LeafBlock> theirs = Markdig.Markdown.Parse(text, InlineReadings.Markdig).Descendants<LeafBlock>().ToList();
            Assert.Equal(theirs.Count, ours.Count);
            int simple = 0;
            for (int i = 0; i < theirs.Count; i++)
            {
                Assert.Equal(theirs[i].GetType(), ours[i].GetType());
                Assert.Equal(theirs[i].Span, ours[i].Span);
                if (!SimpleInlines.IsKept(ours[i]))
                {
                    continue;
                }

                // Read here, or by Markdig's inline stage when not simple: the same either way.
                simple += SimpleInlines.Read(ours[i].Lines, InlineReadings.Ignored) ? 1 : 0;
                InlineText expected = InlineText.FromBlock(theirs[i], text);
                InlineText actual = InlineText.FromBlock(ours[i], text);
                InlineReadings.AssertSame(expected, actual, text);
            }

            return simple;
        }
    }
}
