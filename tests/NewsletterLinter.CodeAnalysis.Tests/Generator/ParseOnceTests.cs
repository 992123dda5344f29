using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using NewsletterLinter.CodeAnalysis.Analyzers;
using NewsletterLinter.CodeAnalysis.Hosting;

namespace NewsletterLinter.CodeAnalysis.Tests.Generator
{
    /// <summary>The generator and the analyzer share one parse of each issue per build, and an edit re-parses only the edited issue.</summary>
    public class ParseOnceTests
    {
        [Fact]
        public async Task Generator_and_analyzer_parse_each_issue_once_between_them()
        {
            string prefix = "/parse-once-" + Guid.NewGuid().ToString("N") + "/";
            var parses = new ConcurrentDictionary<string, int>();
            IssueParseCache.Parsed = path =>
            {
                if (path.StartsWith(prefix, StringComparison.Ordinal))
                {
                    parses.AddOrUpdate(path, 1, (_, n) => n + 1);
                }
            };
            try
            {
                AdditionalText[] files = Enumerable.Range(1, 40)
                    .Select(n => (AdditionalText)new TestAdditionalText($"{prefix}AN-{n:D3}.md", $"# HIGHLIGHTS\n\n**[Work {n}](https://example.org/{n})** *(Ann Lee)* (summarized by Rohin): Cites AN #{Math.Max(1, n - 1)}.\n\n**Rohin's opinion:** Fine.\n"))
                    .ToArray();
                GeneratorDriver driver = GeneratorHarness.Driver(files).RunGeneratorsAndUpdateCompilation(GeneratorHarness.Compilation("internal static class Program { }"), out Compilation output, out _);
                var options = new AnalyzerOptions(files.ToImmutableArray(), new TestOptionsProvider(new System.Collections.Generic.Dictionary<string, string>()));
                var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new NewsletterIssueAnalyzer());
                await output.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync(CancellationToken.None);

                Assert.Equal(40, parses.Count);
                Assert.All(parses.Values, count => Assert.Equal(1, count));

                // One edit: the generator and the analyzer re-parse that issue only, once.
                parses.Clear();
                AdditionalText edited = new TestAdditionalText(files[7].Path, files[7].GetText()!.ToString() + "\nEdited.\n");
                driver.ReplaceAdditionalText(files[7], edited).RunGeneratorsAndUpdateCompilation(GeneratorHarness.Compilation("internal static class Program { }"), out Compilation next, out _);
                var editedFiles = files.Select(f => f == files[7] ? edited : f).ToImmutableArray();
                await next.WithAnalyzers(analyzers, new AnalyzerOptions(editedFiles, new TestOptionsProvider(new System.Collections.Generic.Dictionary<string, string>()))).GetAnalyzerDiagnosticsAsync(CancellationToken.None);

                Assert.Equal(new[] { files[7].Path }, parses.Keys);
                Assert.Equal(1, parses[files[7].Path]);
            }
            finally
            {
                IssueParseCache.Parsed = null;
            }
        }
    }
}
