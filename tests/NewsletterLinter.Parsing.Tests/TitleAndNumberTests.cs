using NewsletterLinter.Parsing.Model;

namespace NewsletterLinter.Parsing.Tests
{
    public class TitleAndNumberTests
    {
        [Theory]
        [InlineData("[AN #137]: Quantifying the benefits of pretraining\n=====\n", 137, "[AN #137]: Quantifying the benefits of pretraining")]
        [InlineData("[AN #60] A new AI challenge\n===\n", 60, "[AN #60] A new AI challenge")]
        [InlineData("Alignment Newsletter #13: 07/02/18\n===\n", 13, "Alignment Newsletter #13: 07/02/18")]
        [InlineData("The Alignment Newsletter #1: 04/09/18\n===\n", 1, "The Alignment Newsletter #1: 04/09/18")]
        [InlineData("# [AN #99]: AI and efficiency\n", 99, "[AN #99]: AI and efficiency")]
        [InlineData("# **Alignment Newsletter #30**\n", 30, "Alignment Newsletter #30")]
        public void The_number_comes_from_the_title(string text, int number, string title)
        {
            IssueDocument issue = Parse.Text(text + "\nSome preamble.\n", "issue.md");

            Assert.Equal(number, issue.Number);
            Assert.Equal(IssueNumberSource.Title, issue.NumberSource);
            Assert.Equal(title, issue.Title);
            Assert.Equal(1, issue.TitleSpan!.Value.Line);
        }

        [Fact]
        public void Front_matter_wins_over_the_title_and_the_file_name()
        {
            IssueDocument issue = Parse.Text("---\nnumber: 99\n---\n[AN #98]: Title\n===\n", "AN-097.md");

            Assert.Equal(99, issue.Number);
            Assert.Equal(IssueNumberSource.FrontMatter, issue.NumberSource);
            Assert.Equal("[AN #98]: Title", issue.Title);
        }

        [Theory]
        [InlineData("AN-099.md", 99)]
        [InlineData("an99.md", 99)]
        [InlineData("099.md", 99)]
        [InlineData("issues/AN_7.md", 7)]
        [InlineData("AN #12.md", 12)]
        public void Without_a_title_the_number_comes_from_the_file_name(string path, int number)
        {
            IssueDocument issue = Parse.Text("HIGHLIGHTS\n\nText.\n", path);

            Assert.Equal(number, issue.Number);
            Assert.Equal(IssueNumberSource.FileName, issue.NumberSource);
            Assert.Null(issue.Title);
            Assert.Empty(issue.Problems);
        }

        [Theory]
        [InlineData("004_6819899b967743a9.txt")]
        [InlineData("AN-retrospective-one-year.md")]
        [InlineData("notes.md")]
        public void No_number_anywhere_is_a_problem_not_an_exception(string path)
        {
            IssueDocument issue = Parse.Text("# Ω 13\n\nText.\n", path);

            Assert.Null(issue.Number);
            ParseProblem problem = Assert.Single(issue.Problems);
            Assert.Equal(ParseProblemKind.NoIssueNumber, problem.Kind);
        }

        [Fact]
        public void A_stray_heading_is_not_taken_for_the_title()
        {
            IssueDocument issue = Parse.Text("# Ω 13\n\nAlignment Newsletter is a weekly publication.\n\n# HIGHLIGHTS\n", "AN-137.md");

            Assert.Null(issue.Title);
            Assert.Equal(137, issue.Number);
            Assert.Equal("Ω 13\n\nAlignment Newsletter is a weekly publication.", issue.Preamble);
            Assert.Equal("HIGHLIGHTS", Assert.Single(issue.Sections).Name);
        }

        [Fact]
        public void The_preamble_is_the_text_before_the_first_section()
        {
            IssueDocument issue = Parse.Text("[AN #5]: T\n===\n\nCrossposted from the [forum](u).\n\nAudio *here*.\n\nHIGHLIGHTS\n\nBody.\n");

            Assert.Equal("Crossposted from the forum.\n\nAudio here.", issue.Preamble);
        }
    }
}
