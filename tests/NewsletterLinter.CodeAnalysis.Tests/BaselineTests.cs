using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using NewsletterLinter.Parsing.Configuration;
using NewsletterLinter.Parsing.Corpus;
using NewsletterLinter.Parsing.Rules;

namespace NewsletterLinter.CodeAnalysis.Tests
{
    /// <summary>The build honors the baseline that 'newsletter-lint baseline' writes: accepted findings are not reported.</summary>
    public class BaselineTests
    {
        private const string Issue = "# HIGHLIGHTS\n\n**[A Work](https://example.org/a)** *(Ann Lee)* (summarized by Rohin): Cites AN#3.\n\n**Rohin's opinion:** Fine.\n\n# NEWS\n";

        private static string BaselineOf(string path, string text)
        {
            var results = IssueRules.CheckAll(new[] { (path, text) }, RuleOptions.Default with { ExternalIssues = new IssueRange(1, 9) });
            return Baseline.Create(results.Single().Findings.Select(f => (f, text)), "/issues").Write();
        }

        [Fact]
        public async Task Baselined_findings_are_not_reported_and_new_ones_are()
        {
            // A line added above the baselined finding moves it; it stays accepted. The new malformed reference is reported.
            string edited = "Added preamble line.\n\n" + Issue.Replace("# NEWS\n", "# NEWS\n\n[Item](https://example.org/i) (summarized by Rohin): Cites {|AN1003:AN#4|}.\n");
            var test = new AnalyzerTest(("/issues/AN-010.md", edited)).WithProperties(("NewsletterExternalIssues", "1-9"));
            test.TestState.AdditionalFiles.Add(("/issues/" + Baseline.FileName, BaselineOf("/issues/AN-010.md", Issue)));
            await test.RunAsync();
        }

        [Fact]
        public async Task Without_the_baseline_every_finding_is_reported()
        {
            await AnalyzerTest.VerifyAsync("# HIGHLIGHTS\n\n**[A Work](https://example.org/a)** *(Ann Lee)* (summarized by Rohin): Cites {|AN1003:AN#3|}.\n\n**Rohin's opinion:** Fine.\n\n# NEWS\n", ("NewsletterExternalIssues", "1-9"));
        }
    }
}
