using System;
using System.Collections.Generic;
using NewsletterLinter.Parsing.Model;

namespace NewsletterLinter.Parsing.Tests
{
    /// <summary>
    /// Summary and opinion texts are joined from their paragraphs on first read: the model must look
    /// exactly as if they were strings from the start (value, equality, hash, with-expressions).
    /// </summary>
    public class DeferredTextTests
    {
        private const string Issue =
            "HIGHLIGHTS\n==========\n\n"
            + "**[AI and Efficiency](https://example.org/a)** *(Danny Hernandez)* (summarized by Flo): First paragraph.\n\n"
            + "Second paragraph.\n\n"
            + "**Rohin's opinion:** An opinion.\n\nIts second paragraph.\n";

        [Fact]
        public void A_parsed_summary_equals_one_built_from_strings_and_hashes_alike()
        {
            Summary parsed = Assert.Single(Parse.Text(Issue).Summaries);
            Summary again = Assert.Single(Parse.Text(Issue).Summaries);
            Opinion opinion = Assert.Single(parsed.Opinions);
            var built = new Summary(
                parsed.Title, parsed.Url, parsed.Authors, parsed.Summarizers, parsed.HasExplicitSummarizers, parsed.Section, parsed.Subsection, parsed.IsHighlight,
                "First paragraph.\n\nSecond paragraph.",
                parsed.HeaderSpan, parsed.TitleSpan, parsed.BodySpan, parsed.Span,
                EquatableArray.Create(new Opinion(opinion.Author, opinion.Kind, opinion.Label, opinion.RawLabel, opinion.LabelSpan, "An opinion.\n\nIts second paragraph.", opinion.Span, opinion.IsLabelWellFormed, opinion.References)),
                parsed.ReadMore, parsed.References);

            // Compared before either text is read: equality reads them.
            Assert.Equal(built, again);
            Assert.Equal(built.GetHashCode(), again.GetHashCode());
            Assert.Equal("First paragraph.\n\nSecond paragraph.", parsed.Text);
            Assert.Same(parsed.Text, parsed.Text);
            Assert.Equal("An opinion.\n\nIts second paragraph.", opinion.Text);
            Assert.NotEqual(built with { Text = "First paragraph." }, parsed);
        }

        [Fact]
        public void With_expressions_keep_or_replace_the_text()
        {
            Summary parsed = Assert.Single(Parse.Text(Issue).Summaries);

            Summary renamed = parsed with { Title = "Other" };
            Assert.Equal(parsed.Text, renamed.Text);
            Assert.True(renamed.HasBody);

            Summary emptied = parsed with { Text = string.Empty };
            Assert.Equal(string.Empty, emptied.Text);
            Assert.False(emptied.HasBody);
            Assert.Equal("First paragraph.\n\nSecond paragraph.", parsed.Text);
        }

        [Fact]
        public void Length_prefix_and_blankness_are_answered_without_a_join()
        {
            var pieces = new List<(string Text, int Start, int Length)> { ("ab Summarized", 3, 10) };
            DeferredText text = DeferredText.Join(("xx Summarized in the highlights! yy", 3, 29), pieces);

            Assert.Equal("Summarized in the highlights!\n\nSummarized".Length, text.Length);
            Assert.True(text.StartsWith("summarized in THE", StringComparison.OrdinalIgnoreCase));
            Assert.False(text.StartsWith("Summarized in the highlights!\n\nX", StringComparison.Ordinal));
            Assert.True(text.StartsWith("Summarized in the highlights!\n\nSum", StringComparison.Ordinal));
            Assert.False(text.IsBlank);
            Assert.Equal("Summarized in the highlights!\n\nSummarized", text.Value);


            // Searched paragraph by paragraph before any join, and within each paragraph's range only.
            DeferredText unjoined = DeferredText.Join(("xx Summarized in the highlights! yy", 3, 29), new List<(string Text, int Start, int Length)> { ("ab Later words", 3, 11) });
            Assert.True(unjoined.ContainsIgnoreCase("IN THE HIGH"));
            Assert.True(unjoined.ContainsIgnoreCase("later WORDS"));
            Assert.False(unjoined.ContainsIgnoreCase("ab"));
            Assert.False(unjoined.ContainsIgnoreCase("highlights! yy"));
            Assert.False(unjoined.ContainsIgnoreCase("highlights! later"));
            Assert.True(unjoined.ContainsIgnoreCase("HIGHLIGHTS!\n\nlater"));
            Assert.True(DeferredText.Of("  \n").IsBlank);
            Assert.True(DeferredText.Of(null).IsBlank);
            Assert.Equal(DeferredText.Of("whole"), DeferredText.Join(("whole", 0, 5), null));
        }

        [Fact]
        public void An_opinion_with_a_label_only_is_blank()
        {
            IssueDocument issue = Parse.Text("HIGHLIGHTS\n\n**[A](https://example.org/a)** *(B)* (summarized by C): Body.\n\n**Rohin's opinion:**\n");

            Opinion opinion = Assert.Single(Assert.Single(issue.Summaries).Opinions);
            Assert.True(opinion.IsBlank);
            Assert.Equal(string.Empty, opinion.Text);
        }
    }
}
