using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using NewsletterLinter.CodeAnalysis.Analyzers;

namespace NewsletterLinter.Benchmarks
{
    /// <summary>
    /// The IDE case: 1,000 issues in a project, one of them edited; how long until the analyzer's
    /// findings for the edited issue are back (a new compilation, as after a keystroke; the other
    /// issues' parses come from the shared cache).
    /// </summary>
    [MemoryDiagnoser]
    public class AnalyzerBenchmarks
    {
        private readonly ImmutableArray<DiagnosticAnalyzer> _analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new NewsletterIssueAnalyzer());
        private AdditionalText[] _files = System.Array.Empty<AdditionalText>();
        private CSharpCompilation _compilation = null!;
        private int _edit;

        [GlobalSetup]
        public void Setup()
        {
            (string Path, string Text)[] real = Corpus.Load();
            _files = Enumerable.Range(1, 1000)
                .Select(n => (AdditionalText)new InMemoryText($"/issues/AN-{n:D4}.md", $"---\nnumber: {n.ToString(CultureInfo.InvariantCulture)}\n---\n" + real[(n - 1) % real.Length].Text))
                .ToArray();
            _compilation = CSharpCompilation.Create("Issues", new[] { CSharpSyntaxTree.ParseText("class C { }") }, new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) });

            // Warm: every issue parsed once, as after opening the project.
            FindingsAsync(_files, _files[500]).GetAwaiter().GetResult();
        }

        [Benchmark(Description = "Findings of one edited issue among 1,000")]
        public async Task<int> EditOneIssue()
        {
            AdditionalText old = _files[500];
            var edited = new InMemoryText(old.Path, old.GetText()!.ToString() + "\nEdited " + (++_edit).ToString(CultureInfo.InvariantCulture) + ".\n");
            AdditionalText[] files = (AdditionalText[])_files.Clone();
            files[500] = edited;
            return await FindingsAsync(files, edited);
        }

        private async Task<int> FindingsAsync(AdditionalText[] files, AdditionalText file)
        {
            var options = new AnalyzerOptions(files.ToImmutableArray());
            CompilationWithAnalyzers analysis = _compilation.WithAnalyzers(_analyzers, options);
            AnalysisResult result = await analysis.GetAnalysisResultAsync(file, CancellationToken.None);
            return result.AdditionalFileDiagnostics.TryGetValue(file, out ImmutableDictionary<DiagnosticAnalyzer, ImmutableArray<Diagnostic>>? byAnalyzer) ? byAnalyzer.Values.Sum(d => d.Length) : 0;
        }
    }
}
