using System.Collections.Generic;
using System.Linq;
using NewsletterLinter.Parsing.Configuration;
using NewsletterLinter.Parsing.Corpus;
using NewsletterLinter.Parsing.Rules;

namespace NewsletterLinter.Parsing.Tests
{
    /// <summary>AN3002 learns the archive's heading layouts and reports only issues that depart from them.</summary>
    public class HeadingConventionTests
    {
        private const string EarlyLayout = "Highlights\n----------\n\nTechnical AI alignment\n======================\n\n### Agent foundations\n\n### Learning human intent\n\nNews\n====\n";
        private const string LaterLayout = "HIGHLIGHTS\n==========\n\nTECHNICAL AI ALIGNMENT\n======================\n\nROBUSTNESS\n----------\n\nNEWS\n====\n";

        private static IReadOnlyList<(Model.IssueDocument Issue, IReadOnlyList<Finding> Findings)> Check(IEnumerable<(string, string)> files, RuleOptions? options = null)
            => IssueRules.CheckAll(files, options ?? RuleOptions.Default);

        private static IEnumerable<(string, string)> Archive(params string[] odd)
        {
            for (int i = 1; i <= 4; i++)
            {
                yield return ($"AN-0{i}.md", EarlyLayout);
            }

            for (int i = 5; i <= 8; i++)
            {
                yield return ($"AN-0{i}.md", LaterLayout);
            }

            for (int i = 0; i < odd.Length; i++)
            {
                yield return ($"AN-{20 + i}.md", odd[i]);
            }
        }

        [Fact]
        public void Both_layouts_the_archive_keeps_are_conventions_not_findings()
        {
            var results = Check(Archive());

            Assert.DoesNotContain(results.SelectMany(r => r.Findings), f => f.RuleId == RuleIds.InconsistentHeadingLevel);
        }

        [Fact]
        public void Without_the_archive_the_same_issue_is_held_to_itself()
        {
            var results = Check(new[] { ("AN-01.md", EarlyLayout) });

            // HIGHLIGHTS one level below the other sections, and each subsection past the skipped level.
            Assert.Equal(3, results.Single().Findings.Count(f => f.RuleId == RuleIds.InconsistentHeadingLevel));
        }

        [Fact]
        public void An_issue_that_departs_is_reported_on_each_header_at_the_wrong_level()
        {
            // HIGHLIGHTS at level 1 with subsections at 3: nearest to the early convention (one header
            // to move, against two subsections for the later one).
            string odd = "HIGHLIGHTS\n==========\n\nTECHNICAL AI ALIGNMENT\n======================\n\n### AGENT FOUNDATIONS\n\n### ROBUSTNESS\n\nNEWS\n====\n";
            var results = Check(Archive(odd));

            Finding finding = Assert.Single(results.SelectMany(r => r.Findings), f => f.RuleId == RuleIds.InconsistentHeadingLevel);
            Assert.Equal("AN-20.md", finding.Path);
            Assert.Equal(1, finding.Span.Line);
            Assert.Equal("Section header 'HIGHLIGHTS' is at level 1, but the convention of 4 issues of this archive (HIGHLIGHTS at level 2, sections at level 1, subsections at level 3) puts it at level 2", finding.Message);
            Assert.StartsWith("HIGHLIGHTS\n---", finding.Fix!.Edit.NewText);
        }

        [Fact]
        public void An_issue_inconsistent_within_itself_is_reported()
        {
            string odd = "HIGHLIGHTS\n==========\n\nTECHNICAL AI ALIGNMENT\n======================\n\nROBUSTNESS\n----------\n\n# PROBLEMS\n\nNEWS\n====\n";
            var results = Check(Archive(odd));

            Finding finding = Assert.Single(results.SelectMany(r => r.Findings), f => f.RuleId == RuleIds.InconsistentHeadingLevel);
            Assert.Equal(10, finding.Span.Line);
            Assert.Contains("Subsection header 'PROBLEMS' is at level 1", finding.Message);
        }

        [Fact]
        public void Conventions_can_be_set_explicitly()
        {
            RuleOptions options = RuleOptions.FromValues(key => key == RuleOptions.Keys.HeadingLevels ? "sections=1,subsections=2" : null, null, out List<string> errors);
            Assert.Empty(errors);

            var results = Check(Archive(), options);

            // The early issues put HIGHLIGHTS at 2 (fine: HIGHLIGHTS follows sections, so 1 is expected) and subsections at 3.
            Assert.Equal(4 * 3, results.SelectMany(r => r.Findings).Count(f => f.RuleId == RuleIds.InconsistentHeadingLevel));
            Assert.All(results.SelectMany(r => r.Findings), f => Assert.Contains("NewsletterHeadingLevels (HIGHLIGHTS at level 1, sections at level 1, subsections at level 2)", f.Message));
        }

        [Theory]
        [InlineData("highlights=2,sections=1,subsections=3", "highlights=2,sections=1,subsections=3")]
        [InlineData(" sections = 1 ", "sections=1")]
        [InlineData("sections=7", null)]
        [InlineData("chapters=1", null)]
        [InlineData("sections", null)]
        public void Layouts_read_from_text(string text, string? expected)
        {
            Assert.Equal(expected, HeadingLayout.Parse(text)?.ToString());
        }
    }
}
