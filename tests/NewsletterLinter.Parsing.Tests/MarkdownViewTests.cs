using NewsletterLinter.Parsing.Markdown.Flatten;

namespace NewsletterLinter.Parsing.Tests
{
    public class MarkdownViewTests
    {
        [Theory]
        [InlineData("|  |\n| --- |\n| text |\n", "    \n       \n  text  \n", 3)]
        [InlineData("| \n HIGHLIGHTS\n\n body |\n |\n", "  \n HIGHLIGHTS\n\n body  \n  \n", 3)]
        [InlineData("|  |  |\n| :--- | ---: |\n", "       \n               \n", 2)]
        [InlineData(" \uFEFF\n", "  \n", 0)]
        [InlineData("\u200B\u200B\nword\u200Bword\n", "  \nword\u200Bword\n", 0)]
        [InlineData("P(x | y) and |Q| stay.\n", "P(x | y) and |Q| stay.\n", 0)]
        [InlineData("|Q*-Q| starts a line\n", "|Q*-Q| starts a line\n", 0)]
        public void Masks_the_scaffolding_at_the_same_offsets(string text, string expected, int scaffoldLines)
        {
            (string masked, int lines) = MarkdownView.Prepare(text);

            Assert.Equal(expected, masked);
            Assert.Equal(text.Length, masked.Length);
            Assert.Equal(scaffoldLines, lines);
        }

        [Theory]
        [InlineData("[AN #5]: Introduction\n", true)]
        [InlineData("| [AN #180]: Orchard robots\n", true)]
        [InlineData("[AN #5]: https://example.org/an5\n", false)]
        [InlineData("[AN #5]: /relative\n", false)]
        [InlineData("[Foo]: Bar\n", false)]
        public void Masks_the_bracket_of_a_title_line(string text, bool masked)
        {
            (string view, _) = MarkdownView.Prepare(text);

            Assert.Equal(masked, view.Contains(MarkdownView.TitleBracketMask));
        }
    }
}
