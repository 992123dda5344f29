using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis;
using NewsletterLinter.Parsing.Configuration;
using NewsletterLinter.Tests;

namespace NewsletterLinter.CodeAnalysis.Tests
{
    /// <summary>The analyzers over <c>samples/issues</c>, as the sample project builds them.</summary>
    public class SampleIssueTests
    {
        private static AnalyzerTest SamplesTest()
        {
            var files = Directory.GetFiles(TestPaths.SampleIssues, "*.md")
                .OrderBy(f => f, System.StringComparer.Ordinal)
                .Select(f => ("/samples/issues/" + Path.GetFileName(f), File.ReadAllText(f).Replace("\r\n", "\n").Replace("{", "{{").Replace("}", "}}")))
                .ToArray();
            var test = new AnalyzerTest(files).WithProperties(("NewsletterExternalIssues", "1-173"));
            test.MarkupOptions = MarkupOptions.None;
            return test;
        }

        private static DiagnosticResult At(string id, int line, int column, DiagnosticSeverity severity = DiagnosticSeverity.Warning)
            => new DiagnosticResult(id, severity).WithLocation("/samples/issues/AN-176.md", line, column);

        [Fact]
        public async Task The_rule_breaking_sample_produces_exactly_its_findings_and_the_others_none()
        {
            AnalyzerTest test = SamplesTest();
            test.ExpectedDiagnostics.AddRange(new[]
            {
                At("AN0006", 1, 1),
                At("AN2001", 7, 4),
                At("AN1002", 7, 196),
                At("AN1001", 7, 244),
                At("AN1004", 9, 284, DiagnosticSeverity.Info),
                At("AN1003", 9, 359),
                At("AN2005", 11, 1),
                At("AN2004", 13, 1),
                At("AN2003", 15, 1),
                At("AN2002", 19, 1),
                At("AN1005", 23, 209, DiagnosticSeverity.Info),
                At("AN0004", 25, 1),
                At("AN3003", 27, 4),
                At("AN3005", 31, 5),
                At("AN3004", 35, 4),
                At("AN3006", 39, 4),
                At("AN3002", 47, 1),
                At("AN3007", 47, 4, DiagnosticSeverity.Info),
                At("AN3001", 51, 1),
            });
            test.TestBehaviors |= TestBehaviors.SkipGeneratedCodeCheck;
            await test.RunAsync();
        }

        [Fact]
        public void The_rule_breaking_sample_breaks_every_rule_one_issue_can_break()
        {
            string[] perIssue = Parsing.Rules.RuleCatalog.All.Select(r => r.Id).Where(id => id is not ("AN0001" or "AN0002" or "AN0003" or "AN0005")).ToArray();
            string text = File.ReadAllText(TestPaths.Sample("AN-176.md"));
            var issues = Directory.GetFiles(TestPaths.SampleIssues, "*.md").Select(f => (Path.GetFileName(f), File.ReadAllText(f)));
            var results = Parsing.Rules.IssueRules.CheckAll(issues, Parsing.Configuration.RuleOptions.Default with { ExternalIssues = new Parsing.Configuration.IssueRange(1, 173) });
            var found = results.Single(r => r.Issue.Path == "AN-176.md").Findings.Select(f => f.RuleId).Distinct().ToArray();

            Assert.Equal(perIssue.OrderBy(x => x), found.OrderBy(x => x));
            Assert.All(results.Where(r => r.Issue.Path != "AN-176.md"), r => Assert.Empty(r.Findings));
            Assert.NotEmpty(text);
        }
    }
}
