using System.IO;
using System.Linq;
using NewsletterLinter.Parsing.Corpus;
using NewsletterLinter.Parsing.Model;
using NewsletterLinter.Tests;

namespace NewsletterLinter.Parsing.Tests
{
    /// <summary>
    /// The two plain-text issues of the newsletter, AN #99 and an abridged AN #137, parsed to the
    /// letter: every summary with its title, authors, summarizers, section, highlight flag, opinions
    /// and references.
    /// </summary>
    public class SeedIssueTests
    {
        public sealed record Expected(int Line, string Title, string[] Authors, string[] Summarizers, string Section, string? Subsection, bool Highlight, string[] Opinions, int[] References);

        private static string[] A(params string[] names) => names;

        private static int[] N(params int[] numbers) => numbers;

        private static readonly Expected[] Issue99 =
        {
            new(7, "AI and Efficiency", A("Danny Hernandez et al"), A("Flo"), "HIGHLIGHTS", null, true, A("Flo"), N(7)),
            new(19, "Is BERT Really Robust? A Strong Baseline for Natural Language Attack on Text Classification and Entailment", A("Di Jin", "Zhijing Jin et al"), A("Asya"), "TECHNICAL AI ALIGNMENT", "ROBUSTNESS", false, A("Asya", "Rohin"), N(73, 70)),
            new(29, "Pretrained Transformers Improve Out-of-Distribution Robustness", A("Dan Hendrycks et al"), A("Asya"), "TECHNICAL AI ALIGNMENT", "ROBUSTNESS", false, A("Asya"), N()),
            new(49, "Corrigibility as outside view", A("Alex Turner"), A("Rohin"), "TECHNICAL AI ALIGNMENT", "MISCELLANEOUS (ALIGNMENT)", false, A("Rohin"), N(35)),
            new(57, "AI Governance in 2019 - A Year in Review: Observations from 50 Global Experts", A("Shi Qian", "Li Hui", "Brian Tse et al"), A("Nicholas"), "AI STRATEGY AND POLICY", null, false, A("Nicholas"), N(73)),
            new(73, "A Simple Framework for Contrastive Learning of Visual Representations", A("Ting Chen et al"), A("Rohin"), "OTHER PROGRESS IN AI", "UNSUPERVISED LEARNING", false, A(), N(92)),
            new(83, "Momentum Contrast for Unsupervised Visual Representation Learning", A("Kaiming He et al"), A("Rohin"), "OTHER PROGRESS IN AI", "UNSUPERVISED LEARNING", false, A(), N()),
            new(93, "Improved Baselines with Momentum Contrastive Learning", A("Xinlei Chen et al"), A("Rohin"), "OTHER PROGRESS IN AI", "UNSUPERVISED LEARNING", false, A(), N()),
            new(97, "CURL: Contrastive Unsupervised Representations for Reinforcement Learning", A("Aravind Srinivas", "Michael Laskin et al"), A("Rohin"), "OTHER PROGRESS IN AI", "REINFORCEMENT LEARNING", false, A(), N()),
            new(99, "Reinforcement Learning with Augmented Data", A("Michael Laskin", "Kimin Lee et al"), A("Rohin"), "OTHER PROGRESS IN AI", "REINFORCEMENT LEARNING", false, A("Rohin"), N()),
            new(105, "Image Augmentation Is All You Need: Regularizing Deep Reinforcement Learning from Pixels", A("Ilya Kostrikov et al"), A("Rohin"), "OTHER PROGRESS IN AI", "REINFORCEMENT LEARNING", false, A(), N()),
            new(107, "A Reinforcement Learning Potpourri", A("Alex Irpan"), A("Rohin"), "OTHER PROGRESS IN AI", "REINFORCEMENT LEARNING", false, A("Rohin"), N(35)),
            new(113, "BERI seeking new university collaborators", A("Sawyer Bernath"), A("Rohin"), "NEWS", null, false, A(), N()),
        };

        private static readonly Expected[] Issue137 =
        {
            new(11, "Scaling Laws for Transfer", A("Danny Hernandez et al"), A("Asya"), "HIGHLIGHTS", null, true, A("Asya", "Rohin"), N()),
            new(53, "Challenges of Aligning Artificial Intelligence with Human Values", A("Margit Sutrop"), A("Rohin"), "TECHNICAL AI ALIGNMENT", "PROBLEMS", false, A("Rohin"), N()),
            new(59, "Challenges for Using Impact Regularizers to Avoid Negative Side Effects", A("David Lindner", "Kyle Matoba", "Alexander Meulemans"), A("Rohin"), "TECHNICAL AI ALIGNMENT", "PROBLEMS", false, A(), N(49)),
            new(63, "Norms for beneficial A.I.: A computational analysis of the societal value alignment problem", A("Pedro Fernandes et al"), A("Rohin"), "TECHNICAL AI ALIGNMENT", "HANDLING GROUPS OF AGENTS", false, A(), N()),
            new(71, "Distinguishing claims about training vs deployment", A("Richard Ngo"), A("Rohin"), "TECHNICAL AI ALIGNMENT", "MISCELLANEOUS (ALIGNMENT)", false, A(), N()),
            new(77, "Putting the humanity into inhuman systems: How human factors and ergonomics can be used to manage the risks associated with artificial general intelligence", A("Paul M. Salmon et al"), A("Rohin"), "TECHNICAL AI ALIGNMENT", "MISCELLANEOUS (ALIGNMENT)", false, A("Rohin"), N(112)),
            new(81, "The Challenge of Value Alignment: from Fairer Algorithms to AI Safety", A("Iason Gabriel et al"), A("Rohin"), "TECHNICAL AI ALIGNMENT", "MISCELLANEOUS (ALIGNMENT)", false, A(), N()),
            new(87, "Beyond Engagement: Aligning Algorithmic Recommendations With Prosocial Goals", A("Jonathan Stray"), A("Rohin"), "NEAR-TERM CONCERNS", "RECOMMENDER SYSTEMS", false, A(), N()),
            new(99, "What are you optimizing for? Aligning Recommender Systems with Human Values", A("Jonathan Stray et al"), A("Rohin"), "NEAR-TERM CONCERNS", "RECOMMENDER SYSTEMS", false, A("Rohin"), N(96, 69, 96, 123)),
        };

        [Fact]
        public void Issue_99_parses_to_the_letter()
        {
            IssueDocument issue = ParseSample("AN-099.md");

            Assert.Equal(99, issue.Number);
            Assert.Equal(IssueNumberSource.FileName, issue.NumberSource);
            Assert.Null(issue.Title);
            Assert.StartsWith("Alignment Newsletter is a weekly publication", issue.Preamble);
            Assert.Equal(
                new[] { "HIGHLIGHTS", "TECHNICAL AI ALIGNMENT", "AI STRATEGY AND POLICY", "OTHER PROGRESS IN AI", "NEWS", "FEEDBACK", "PODCAST" },
                issue.Sections.Select(s => s.Name));
            Assert.All(issue.Headers, h => Assert.Equal(HeaderStyle.PlainCapitals, h.Style));
            AssertSummaries(Issue99, issue);
            Assert.Empty(issue.Problems);
        }

        [Fact]
        public void Issue_99_opinion_texts()
        {
            IssueDocument issue = ParseSample("AN-099.md");

            Opinion flo = Assert.Single(issue.Summaries[0].Opinions);
            Assert.StartsWith("Even though access to compute has surely helped", flo.Text);
            Assert.EndsWith("in the absence of accurate simulators for real-world decision making.", flo.Text);
            Assert.Equal(13, flo.Span.Line);
            Assert.StartsWith("Given the exponential increase (AN #7) in compute", issue.Summaries[0].Text);
            Assert.Equal(3, issue.Summaries[0].Text.Split("\n\n").Length);
        }

        [Fact]
        public void Issue_137_parses_to_the_letter()
        {
            IssueDocument issue = ParseSample("AN-137.md");

            Assert.Equal(137, issue.Number);
            Assert.Null(issue.Title);
            Assert.StartsWith("Ω 13", issue.Preamble);
            Assert.Equal(
                new[] { "HIGHLIGHTS", "TECHNICAL AI ALIGNMENT", "NEAR-TERM CONCERNS", "FEEDBACK", "PODCAST" },
                issue.Sections.Select(s => s.Name));
            Assert.Equal(new[] { "PROBLEMS", "HANDLING GROUPS OF AGENTS", "MISCELLANEOUS (ALIGNMENT)" }, issue.Sections[1].Subsections.Select(s => s.Name));
            Assert.Equal(4, issue.Sections[3].Level);
            AssertSummaries(Issue137, issue);

            Summary highlight = issue.Summaries[0];
            Assert.Equal(2, highlight.Opinions[0].Text.Split("\n\n").Length);
            Assert.Equal(4, highlight.Opinions[1].Text.Split("\n\n").Length);
            Summary last = issue.Summaries[^1];
            ReadMoreLink readMore = Assert.Single(last.ReadMore);
            Assert.StartsWith("Aligning AI Optimization to Community Well-Being", readMore.Text);
            Assert.Null(readMore.Url);
        }

        private static IssueDocument ParseSample(string fileName)
            => IssueParser.Parse(File.ReadAllText(TestPaths.Sample(fileName)), fileName);

        private static void AssertSummaries(Expected[] expected, IssueDocument issue)
        {
            Assert.Equal(expected.Length, issue.Summaries.Count);
            for (int i = 0; i < expected.Length; i++)
            {
                Expected e = expected[i];
                Summary s = issue.Summaries[i];
                Assert.Equal(e.Title, s.Title);
                Assert.Equal(e.Line, s.Line);
                Assert.Equal(e.Authors, s.Authors);
                Assert.Equal(e.Summarizers, s.Summarizers);
                Assert.True(s.HasExplicitSummarizers);
                Assert.Equal(e.Section, s.Section);
                Assert.Equal(e.Subsection, s.Subsection);
                Assert.Equal(e.Highlight, s.IsHighlight);
                Assert.Equal(e.Opinions, s.Opinions.Select(o => o.Author));
                Assert.Equal(e.References, s.References.Select(r => r.Number));
                Assert.All(s.Opinions, o => Assert.True(o.IsLabelWellFormed));
                Assert.All(s.References, r => Assert.True(r.IsWellFormed));
            }
        }
    }
}
