using System.Linq;
using NewsletterLinter.Parsing.Corpus;
using NewsletterLinter.Parsing.Model;

namespace NewsletterLinter.Parsing.Tests
{
    public class SummaryEntryTests
    {
        [Fact]
        public void Markdown_entry_header()
        {
            IssueDocument issue = Parse.Text("HIGHLIGHTS\n==========\n\n**[AI and Efficiency](https://openai.com/blog/ai-and-efficiency/)** *(Danny Hernandez et al)* (summarized by Flo): Given the exponential increase.\n\nSecond paragraph.\n");

            Summary summary = Assert.Single(issue.Summaries);
            Assert.Equal("AI and Efficiency", summary.Title);
            Assert.Equal("https://openai.com/blog/ai-and-efficiency/", summary.Url);
            Assert.Equal(new[] { "Danny Hernandez et al" }, summary.Authors);
            Assert.Equal(new[] { "Flo" }, summary.Summarizers);
            Assert.True(summary.HasExplicitSummarizers);
            Assert.Equal("HIGHLIGHTS", summary.Section);
            Assert.Null(summary.Subsection);
            Assert.True(summary.IsHighlight);
            Assert.Equal("Given the exponential increase.\n\nSecond paragraph.", summary.Text);
            Assert.Equal(4, summary.Line);
            Assert.Equal(new SourceSpan(26, 17, 4, 4, 4, 21), summary.TitleSpan);
            Assert.Equal(new SourceSpan(23, 114, 4, 1, 4, 115), summary.HeaderSpan);
            Assert.Equal(4, summary.BodySpan.Line);
            Assert.Equal(6, summary.Span.EndLine);
        }

        [Fact]
        public void Plain_entry_header_with_parentheses_in_the_title()
        {
            IssueDocument issue = Parse.Text("HIGHLIGHTS\n\nLogical Inductors Converge (Kinda): A Study (Scott Garrabrant, Abram Demski, and Sam Eisenstat) (summarized by Rohin and Flo): Body text (with parentheses).\n");

            Summary summary = Assert.Single(issue.Summaries);
            Assert.Equal("Logical Inductors Converge (Kinda): A Study", summary.Title);
            Assert.Null(summary.Url);
            Assert.Equal(new[] { "Scott Garrabrant", "Abram Demski", "Sam Eisenstat" }, summary.Authors);
            Assert.Equal(new[] { "Rohin", "Flo" }, summary.Summarizers);
            Assert.Equal("Body text (with parentheses).", summary.Text);
            Assert.Equal(3, summary.TitleSpan.Line);
            Assert.Equal(1, summary.TitleSpan.Column);
            Assert.Equal("Logical Inductors Converge (Kinda): A Study".Length, summary.TitleSpan.Length);
        }

        [Fact]
        public void Titles_keep_question_marks_and_colons()
        {
            IssueDocument issue = Parse.Text("NEWS\n\nIs BERT Really Robust? A Strong Baseline: Attack (Di Jin, Zhijing Jin et al) (summarized by Asya): Body.\n");

            Summary summary = Assert.Single(issue.Summaries);
            Assert.Equal("Is BERT Really Robust? A Strong Baseline: Attack", summary.Title);
            Assert.Equal(new[] { "Di Jin", "Zhijing Jin et al" }, summary.Authors);
        }

        [Fact]
        public void An_entry_without_summarizers_belongs_to_the_editor()
        {
            IssueDocument issue = Parse.Text("Highlights\n\n[Specification gaming examples in AI](https://example.org) *(Victoria Krakovna)*: A list of examples.\n", options: ParserOptions.Default with { EditorName = "Ed" });

            Summary summary = Assert.Single(issue.Summaries);
            Assert.Equal(new[] { "Ed" }, summary.Summarizers);
            Assert.False(summary.HasExplicitSummarizers);
        }

        [Fact]
        public void Entries_without_a_body_and_entries_that_point_to_the_highlights()
        {
            IssueDocument issue = Parse.Text(
                "**Highlights**\n==============\n\n**[Spec](u1)** *(Victoria)*: List.\n\n**Technical AI alignment**\n==========================\n\n**[Spec](u1)** *(Victoria)*: Summarized in the highlights!\n\n[Superintelligent messiahs](u2) *(Alex Zhu)*\n\n[Another listed item](u3) *(Someone Else)*\n");

            Assert.Equal(new[] { "Spec", "Spec", "Superintelligent messiahs", "Another listed item" }, issue.Summaries.Select(s => s.Title));
            Assert.Equal(new[] { true, true, false, false }, issue.Summaries.Select(s => s.IsHighlight));
            Assert.False(issue.Summaries[2].HasBody);
            Assert.Equal("Technical AI alignment", issue.Summaries[2].Section);
        }

        [Fact]
        public void A_title_alone_in_its_paragraph_joins_the_groups_of_the_next()
        {
            IssueDocument issue = Parse.Text("HIGHLIGHTS\n\n**[Danny Hernandez on forecasting](https://80000hours.org/)** \n\n*(Arden Koehler and Danny Hernandez)* (summarized by Rohin): This podcast.\n");

            Summary summary = Assert.Single(issue.Summaries);
            Assert.Equal("Danny Hernandez on forecasting", summary.Title);
            Assert.Equal(new[] { "Arden Koehler", "Danny Hernandez" }, summary.Authors);
            Assert.Equal("This podcast.", summary.Text);
            Assert.Equal(3, summary.Line);
        }

        [Fact]
        public void Several_linked_works_share_one_entry()
        {
            IssueDocument issue = Parse.Text("NEWS\n\n[Intuitions about goals](u1) and [Coherence arguments](u2) *(Rohin Shah)* (summarized by Richard): Body.\n\n**[Certified Defenses](u3)** *(Aditi Raghunathan et al)* and **[A Dual Approach](u4)** *(Krishnamurthy (Dj) Dvijotham et al)*: Body.\n");

            Assert.Equal(new[] { "Intuitions about goals and Coherence arguments", "Certified Defenses and A Dual Approach" }, issue.Summaries.Select(s => s.Title));
            Assert.Equal(new[] { "Aditi Raghunathan et al" }, issue.Summaries[1].Authors);
        }

        [Fact]
        public void A_hat_tip_group_is_not_an_author_or_a_summarizer()
        {
            IssueDocument issue = Parse.Text("NEWS\n\n**[User-Agent Value Alignment](u)**  *(Daniel Shapiro et al)* (summarized by Rohin) (H/T Stuart Russell): This paper.\n");

            Summary summary = Assert.Single(issue.Summaries);
            Assert.Equal(new[] { "Daniel Shapiro et al" }, summary.Authors);
            Assert.Equal(new[] { "Rohin" }, summary.Summarizers);
            Assert.Equal("This paper.", summary.Text);
        }

        [Fact]
        public void A_body_paragraph_that_starts_with_a_cited_link_is_not_an_entry()
        {
            IssueDocument issue = Parse.Text("NEWS\n\n**[T](u)** *(A)*: Body.\n\n**[Past work](u2)** (**[AN #28](u3)**) made progress on this front.\n");

            Summary summary = Assert.Single(issue.Summaries);
            Assert.Equal("Body.\n\nPast work (AN #28) made progress on this front.", summary.Text);
            Assert.Equal(new[] { 28 }, summary.References.Select(r => r.Number));
        }

        [Fact]
        public void A_header_without_its_colon_is_a_malformed_entry_problem()
        {
            IssueDocument issue = Parse.Text("NEWS\n\n**[T](u)** *(Author)* body that should follow a colon.\n");

            Summary summary = Assert.Single(issue.Summaries);
            Assert.Equal("T", summary.Title);
            ParseProblem problem = Assert.Single(issue.Problems);
            Assert.Equal(ParseProblemKind.MalformedEntryHeader, problem.Kind);
            Assert.Contains("not followed by ':'", problem.Message);
            Assert.Equal(3, problem.Span.Line);
        }

        [Fact]
        public void An_entry_after_an_image_in_the_same_paragraph_is_found()
        {
            IssueDocument issue = Parse.Text("NEWS\n\n![figure](img)  \n**[Verifiably Safe Exploration](u)** *(Nathan Hunt et al)* (summarized by Rohin): Body.\n");

            Assert.Equal("Verifiably Safe Exploration", Assert.Single(issue.Summaries).Title);
        }

        [Fact]
        public void Read_more_links_belong_to_the_entry()
        {
            IssueDocument issue = Parse.Text("NEWS\n\n[T](u) *(A)*: Body.\n\n**Rohin's opinion:** Nice.\n\n**Read more:** [Act-based agents](https://ai-alignment.com/act) and [Paper](https://arxiv.org/x)\n");

            Summary summary = Assert.Single(issue.Summaries);
            Assert.Equal(new[] { "Act-based agents", "Paper" }, summary.ReadMore.Select(r => r.Text));
            Assert.Equal("https://ai-alignment.com/act", summary.ReadMore[0].Url);
            Assert.Equal("Nice.", Assert.Single(summary.Opinions).Text);
        }

        [Fact]
        public void The_body_ends_at_the_next_header()
        {
            IssueDocument issue = Parse.Text("NEWS\n\n[T](u) *(A)*: Body.\n\n- a list item\n\n> a quote\n\n#### FEEDBACK\n\nI'm always happy to hear feedback.\n");

            Summary summary = Assert.Single(issue.Summaries);
            Assert.Equal("Body.\n\na list item\n\na quote", summary.Text);
        }

        [Fact]
        public void A_read_more_link_continued_in_the_next_paragraph_belongs_to_the_entry()
        {
            IssueDocument issue = Parse.Text("NEWS\n\n[T](u) *(A)*: Body.\n\n**Read more:** **[Paper](https://a)**\n\n**[Thesis](https://b)**\n\n[Next](v) *(B)*: Body.\n");

            Assert.Equal(new[] { "Paper", "Thesis" }, issue.Summaries[0].ReadMore.Select(r => r.Text));
            Assert.Equal("Body.", issue.Summaries[0].Text);
            Assert.Equal(2, issue.Summaries.Count);
        }

        [Fact]
        public void Plain_text_entries_without_summarizers_are_found_by_their_author_group()
        {
            IssueDocument issue = Parse.Text("HIGHLIGHTS\n\nNorms for beneficial A.I.: A computational analysis (Pedro Fernandes, Ana de la Cruz et al): Body.\n\nGAN Lab (Minsuk Kahng et al)\n\nThis paper (see the appendix): is prose, not an entry.\n\nA sentence that ends in a group (like this one).\n");

            Assert.Equal(new[] { "Norms for beneficial A.I.: A computational analysis", "GAN Lab" }, issue.Summaries.Select(s => s.Title));
            Assert.Equal(new[] { "Pedro Fernandes", "Ana de la Cruz et al" }, issue.Summaries[0].Authors);
            Assert.Equal(new[] { "Rohin" }, issue.Summaries[0].Summarizers);
            Assert.StartsWith("This paper (see the appendix)", issue.Summaries[1].Text);
        }

        [Fact]
        public void An_entry_that_points_to_the_highlights_takes_the_highlight_summarizers()
        {
            IssueDocument issue = Parse.Text("**Highlights**\n===\n\n**[Model-Based RL](u)** *(Ignasi Clavera et al)* (summarized by Richard): Body.\n\n**Other progress in AI**\n===\n\n**[Model-Based RL](u)** *(Ignasi Clavera et al)*: Summarized in the highlights!\n");

            Summary crossListed = issue.Summaries[1];
            Assert.Equal(new[] { "Richard" }, crossListed.Summarizers);
            Assert.False(crossListed.HasExplicitSummarizers);
            Assert.True(crossListed.IsHighlight);
            Assert.Equal("Other progress in AI", crossListed.Section);
        }

        [Fact]
        public void A_linked_title_alone_in_a_section_is_a_listed_item()
        {
            IssueDocument issue = Parse.Text("Crossposted from [the forum](u).\n\nAI strategy and policy\n===\n\n[AI in the UK: ready, willing and able?](https://a)\n\n[BERI](https://b)/[CHAI](https://c) ML engineer: I want to highlight this role.\n");

            Assert.Equal(new[] { "AI in the UK: ready, willing and able?", "BERI/CHAI ML engineer" }, issue.Summaries.Select(s => s.Title));
            Assert.Empty(issue.Summaries[0].Authors);
            Assert.False(issue.Summaries[0].HasBody);
            Assert.Equal("https://b", issue.Summaries[1].Url);
            Assert.Equal("I want to highlight this role.", issue.Summaries[1].Text);
        }
    }
}
