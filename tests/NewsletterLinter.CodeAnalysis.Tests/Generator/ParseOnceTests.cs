using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using NewsletterLinter.CodeAnalysis.Generator;
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

        [Fact]
        public void The_issues_are_parsed_ahead_once_in_a_build_and_not_in_the_IDE_where_the_sources_are_the_same()
        {
            string prefix = "/parse-ahead-" + Guid.NewGuid().ToString("N") + "/";
            AdditionalText[] files = Enumerable.Range(1, 24)
                .Select(n => (AdditionalText)new TestAdditionalText($"{prefix}AN-{n:D3}.md", $"# HIGHLIGHTS\n\n**[Work {n}](https://example.org/{n})** *(Ann Lee)* (summarized by Rohin): Cites AN #{Math.Max(1, n - 1)}.\n\n**Rohin's opinion:** Fine.\n"))
                .ToArray();
            var parses = new ConcurrentDictionary<string, int>();
            int parsedAhead = 0;
            IssueParseCache.Parsed = path =>
            {
                if (path.StartsWith(prefix, StringComparison.Ordinal))
                {
                    parses.AddOrUpdate(path, 1, (_, n) => n + 1);
                    if (new System.Diagnostics.StackTrace().ToString().Contains("ParseAhead", StringComparison.Ordinal))
                    {
                        Interlocked.Increment(ref parsedAhead);
                    }
                }
            };
            try
            {
                // A command-line build: the implementation output parses every issue, once, before the
                // per-file step asks for the first (that step then finds each in the cache).
                GeneratorDriver build = GeneratorHarness.Driver(files);
                Compilation compilation = GeneratorHarness.Compilation("internal static class Program { }");
                build = build.RunGenerators(compilation);
                Assert.Equal(24, parses.Count);
                Assert.All(parses.Values, count => Assert.Equal(1, count));
                Assert.Equal(24, parsedAhead);

                // An IDE runs no implementation output: each issue is parsed by the per-file step instead,
                // and the sources are the same.
                parses.Clear();
                var ideTexts = files.Select(f => (AdditionalText)new TestAdditionalText(f.Path, f.GetText()!.ToString())).ToArray();
                GeneratorDriver ide = CSharpGeneratorDriver.Create(
                    new[] { new NewsletterGenerator().AsSourceGenerator() },
                    ideTexts,
                    new CSharpParseOptions(LanguageVersion.Latest),
                    new TestOptionsProvider(new System.Collections.Generic.Dictionary<string, string>()),
                    new GeneratorDriverOptions(IncrementalGeneratorOutputKind.Implementation));
                ide = ide.RunGenerators(compilation);
                Assert.Equal(24, parses.Count);
                Assert.Equal(24, parsedAhead);
                Assert.Equal(
                    build.GetRunResult().GeneratedTrees.Select(t => t.ToString()),
                    ide.GetRunResult().GeneratedTrees.Select(t => t.ToString()));
            }
            finally
            {
                IssueParseCache.Parsed = null;
            }
        }
    }
}
