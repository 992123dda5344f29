using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using NewsletterLinter.Parsing.Configuration;
using NewsletterLinter.Parsing.Corpus;
using NewsletterLinter.Parsing.Model;
using NewsletterLinter.Parsing.Rules;
using NewsletterLinter.Tests;
using Xunit;

namespace NewsletterLinter.Parsing.Tests
{
    /// <summary>Citations between summaries: the identity of a cited work, resolution both ways, and AN1005 agreeing with it.</summary>
    public class CitationTests
    {
        [Theory]
        [InlineData("https://www.lesswrong.com/posts/AbC12/a-slug", "https://alignmentforum.org/posts/AbC12/another-slug")]
        [InlineData("/posts/AbC12/a-slug", "https://www.alignmentforum.org/posts/AbC12")]
        [InlineData("https://www.lesswrong.com/s/Seq9/p/AbC12", "https://www.lesswrong.com/posts/AbC12/x")]
        [InlineData("/s/Seq9", "https://www.alignmentforum.org/s/Seq9/")]
        [InlineData("https://arxiv.org/abs/1606.03476", "http://arxiv.org/pdf/1606.03476v3.pdf")]
        [InlineData("https://arxiv.org/abs/1606.03476v2", "https://www.arxiv.org/abs/1606.03476/")]
        [InlineData("https://openreview.net/forum?id=Xy_1", "https://openreview.net/pdf?id=Xy_1")]
        [InlineData("http://proceedings.mlr.press/v97/smith19a.html", "https://proceedings.mlr.press/v97/smith19a/smith19a.pdf")]
        [InlineData("http://example.org/paper/", "https://www.example.org/paper#section")]
        public void Two_links_to_one_work_have_one_key(string one, string two) => Assert.Equal(WorkKey.Of(one), WorkKey.Of(two));

        [Theory]
        [InlineData("https://www.lesswrong.com/posts/AbC12/a", "https://www.lesswrong.com/posts/XyZ34/a")]
        [InlineData("https://arxiv.org/abs/1606.03476", "https://arxiv.org/abs/1606.03477")]
        [InlineData("https://example.org/posts/AbC12/a", "https://www.lesswrong.com/posts/AbC12/a")]
        [InlineData("https://www.lesswrong.com/s/Seq9", "https://www.lesswrong.com/s/Seq8")]
        [InlineData("https://openreview.net/forum?id=A", "https://openreview.net/forum?id=B")]
        public void Links_to_two_works_have_two_keys(string one, string two) => Assert.NotEqual(WorkKey.Of(one), WorkKey.Of(two));

        private static readonly string Cited =
            "# [AN #41]: Cited\n\n# HIGHLIGHTS\n\n"
            + "**[Generative Adversarial Imitation Learning](https://x.org/gail.pdf)** *(Ho)* (summarized by Rohin): Text.\n\n"
            + "**[Certified Defenses against Adversarial Examples and More](https://arxiv.org/abs/1801.09344)** *(Raghunathan)* (summarized by Rohin): Long.\n\n"
            + "**[Certified Defenses against Adversarial Examples](https://arxiv.org/abs/1801.09344)** *(Raghunathan)* (summarized by Rohin): Short.\n\n"
            + "**[Two Posts](/posts/First1/one) and [The Second Post](/posts/Second2/two)** *(Wei)* (summarized by Rohin): Two works.\n";

        private static readonly string Citing =
            "# [AN #42]: Citing\n\n# HIGHLIGHTS\n\n"
            + "**[A Summary](https://x.org/a)** *(A)* (summarized by Rohin): Methods such as **[GAIL](https://arxiv.org/abs/1606.03476)** (**[AN #41](https://mail/41)**), "
            + "[certified defenses](http://arxiv.org/pdf/1801.09344v2.pdf) (AN #41) and [Certified Defenses against Adversarial Examples](https://arxiv.org/abs/1801.09344) (AN #41).\n\n"
            + "Rohin's opinion: As [Wei argued](https://www.lesswrong.com/posts/Second2/two) (AN #41), and [elsewhere](https://x.org/none) (AN #41) or [before](https://x.org/old) (AN #7).\n";

        [Fact]
        public void A_citation_resolves_by_its_work_then_by_its_title_and_the_cited_summary_knows_who_cites_it()
        {
            var issues = new[] { Parse.Text(Cited, "AN-041.md"), Parse.Text(Citing, "AN-042.md") };
            var archive = ArchiveCitations.Resolve(issues);

            IReadOnlyList<ResolvedCitation> citations = archive.Of(new SummaryPlace(1, 0));
            Assert.Equal(new[] { "GAIL", "certified defenses", "Certified Defenses against Adversarial Examples", "Wei argued", "elsewhere", "before" }, citations.Select(c => c.Reference.CitedTitle));
            Assert.Equal(
                new SummaryPlace?[] { new(0, 0), new(0, 1), new(0, 2), new(0, 3), null, null },
                citations.Select(c => c.Cited));

            Assert.Equal(new[] { new SummaryPlace(1, 0) }, archive.CitedBy(new SummaryPlace(0, 2)));
            Assert.Equal(new[] { new SummaryPlace(1, 0) }, archive.CitedBy(new SummaryPlace(0, 3)));
            Assert.Empty(archive.CitedBy(new SummaryPlace(1, 0)));
        }

        [Fact]
        public void AN1005_reports_a_citation_of_an_archived_issue_that_names_none_of_its_summaries()
        {
            var files = new[] { ("AN-041.md", Cited), ("AN-042.md", Citing) };
            IReadOnlyList<Finding> findings = IssueRules.CheckAll(files, RuleOptions.Default).SelectMany(r => r.Findings).Where(f => f.RuleId == RuleIds.CitedSummaryNotFound).ToArray();

            Finding finding = Assert.Single(findings);
            Assert.Equal("AN-042.md", finding.Path);
            Assert.Contains("'elsewhere' cites AN #41", finding.Message, StringComparison.Ordinal);
        }

        [SkippableFact]
        [Trait("Category", "Slow")]
        public void In_the_real_archive_the_rule_reports_exactly_the_unresolved_citations_of_summaries()
        {
            string corpus = TestPaths.RequireCorpus();
            var files = Directory.GetFiles(corpus, "*.md").OrderBy(f => f, StringComparer.Ordinal).Select(f => (Path.GetFileName(f), File.ReadAllText(f))).ToList();
            IssueDocument[] issues = files.Select(f => IssueParser.Parse(f.Item2, f.Item1)).ToArray();
            ArchiveCitations archive = ArchiveCitations.Resolve(issues);
            CorpusIndex index = CorpusIndex.Build(issues);

            var unresolved = new HashSet<(string, int)>();
            int inArchive = 0, resolved = 0;
            for (int i = 0; i < issues.Length; i++)
            {
                for (int s = 0; s < issues[i].Summaries.Count; s++)
                {
                    foreach (ResolvedCitation citation in archive.Of(new SummaryPlace(i, s)))
                    {
                        Reference reference = citation.Reference;
                        if (!index.Contains(reference.Number) || !(reference.Number < issues[i].Number))
                        {
                            continue;
                        }

                        inArchive++;
                        resolved += citation.Cited is null ? 0 : 1;
                        if (citation.Cited is null && !AN1004CitedTitleNotFound.Reports(issues[i], index, reference))
                        {
                            unresolved.Add((issues[i].Path, reference.Span.Offset));
                        }
                    }
                }
            }

            var reported = IssueRules.CheckAll(files, RuleOptions.Default).SelectMany(r => r.Findings)
                .Where(f => f.RuleId == RuleIds.CitedSummaryNotFound).Select(f => (f.Path, f.Span.Offset)).ToHashSet();

            // The rule also sees citations outside summaries (a preamble's); every one inside a summary is the same.
            Assert.Subset(reported, unresolved);
            Assert.InRange(inArchive, 500, 700);
            Assert.True(resolved >= inArchive * 0.97, $"{resolved} of {inArchive} citations of issues in the archive resolve");
        }
    }
}
