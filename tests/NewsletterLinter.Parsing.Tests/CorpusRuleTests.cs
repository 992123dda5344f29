using System.Collections.Generic;
using System.IO;
using System.Linq;
using System;
using NewsletterLinter.Parsing.Configuration;
using NewsletterLinter.Parsing.Corpus;
using NewsletterLinter.Parsing.Model;
using NewsletterLinter.Parsing.Rules;
using NewsletterLinter.Tests;
using Xunit.Abstractions;

namespace NewsletterLinter.Parsing.Tests
{
    /// <summary>Every rule over the real newsletter (<c>NEWSLETTER_CORPUS</c>).</summary>
    public class CorpusRuleTests
    {
        private readonly ITestOutputHelper _output;

        public CorpusRuleTests(ITestOutputHelper output) => _output = output;

        [SkippableFact]
        public void All_rules_run_over_the_real_corpus()
        {
            string corpus = TestPaths.RequireCorpus();
            var files = Directory.GetFiles(corpus, "*.md").OrderBy(f => f, StringComparer.Ordinal).Select(f => (Path.GetFileName(f), File.ReadAllText(f)));
            var results = IssueRules.CheckAll(files, RuleOptions.Default with { ExternalIssues = new IssueRange(1, 173) });

            var counts = results.SelectMany(r => r.Findings).GroupBy(f => f.RuleId).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => g.Count());
            foreach ((string id, int count) in counts)
            {
                _output.WriteLine($"{id}: {count}");
                Console.WriteLine($"Corpus findings {id}: {count}");
            }

            Assert.Equal(150, results.Count);
            Assert.All(results.SelectMany(r => r.Findings), f => Assert.True(f.Span.Line >= 1 && f.Span.Column >= 1));

            // The real corpus has no dangling reference once the newsletter's 173 issues are declared.
            Assert.False(counts.ContainsKey(RuleIds.DanglingReference));

            // The newsletter's two heading layouts are conventions; only headers that depart from them are reported.
            Assert.InRange(counts.GetValueOrDefault(RuleIds.InconsistentHeadingLevel), 1, 20);

            // No entry of the real archive is lost.
            Assert.False(counts.ContainsKey(RuleIds.UnreadEntries));

            // The only file without a number is the one-year retrospective, which is not an issue.
            Assert.Equal(1, counts.GetValueOrDefault(RuleIds.IssueNumberMissing));
        }

        [SkippableFact]
        public void Local_rules_then_cross_file_rules_on_the_facts_find_what_all_rules_find()
        {
            string corpus = TestPaths.RequireCorpus();
            RuleOptions options = RuleOptions.Default with { ExternalIssues = new IssueRange(1, 173) };
            ParserOptions parserOptions = options.ToParserOptions();
            List<IssueDocument> issues = Directory.GetFiles(corpus, "*.md").OrderBy(f => f, StringComparer.Ordinal)
                .Select(f => IssueParser.Parse(File.ReadAllText(f), Path.GetFileName(f), parserOptions)).ToList();
            List<IssueDocument> facts = issues.Select(IssueRules.CrossFileFacts).ToList();
            CorpusIndex index = CorpusIndex.Build(issues);

            for (int i = 0; i < issues.Count; i++)
            {
                IReadOnlyList<Finding> expected = IssueRules.Check(issues[i], index, options);
                IReadOnlyList<Finding> split = IssueRules.CheckCrossFile(facts[i], IssueRules.CheckLocal(issues[i], options), index, options);
                Assert.Equal(expected, split);
            }

            // The facts hold less than the issue: no summary, opinion or section tree.
            Assert.All(facts, f => Assert.True(f.Summaries.Count == 0 && f.Sections.Count == 0 && f.OrphanOpinions.Count == 0));
        }
    }
}
