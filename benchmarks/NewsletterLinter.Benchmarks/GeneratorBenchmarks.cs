using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using NewsletterLinter.CodeAnalysis.Generator;

namespace NewsletterLinter.Benchmarks
{
    /// <summary>The generator over the real corpus: a cold run, and a rerun after one issue changed.</summary>
    [MemoryDiagnoser]
    public class GeneratorBenchmarks
    {
        private AdditionalText[] _files = System.Array.Empty<AdditionalText>();
        private CSharpCompilation _compilation = null!;
        private GeneratorDriver _warm = null!;

        [GlobalSetup]
        public void Setup()
        {
            _files = Corpus.Load().Select(f => (AdditionalText)new InMemoryText("/issues/" + f.Path, f.Text)).ToArray();
            _compilation = CSharpCompilation.Create(
                "Bench",
                new[] { CSharpSyntaxTree.ParseText("class C { }") },
                new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location), MetadataReference.CreateFromFile(typeof(AlignmentNewsletter.NewsletterIssue).Assembly.Location) });
            _warm = Create().RunGenerators(_compilation);
        }

        [Benchmark(Description = "Generator, first run over the corpus")]
        public int ColdRun() => Create().RunGenerators(_compilation).GetRunResult().GeneratedTrees.Length;

        [Benchmark(Description = "Generator, rerun after editing one issue")]
        public int EditOneIssue()
        {
            AdditionalText old = _files[10];
            var edited = new InMemoryText(old.Path, old.GetText()!.ToString() + "\n\nEdited.\n");
            return _warm.ReplaceAdditionalText(old, edited).RunGenerators(_compilation).GetRunResult().GeneratedTrees.Length;
        }

        private GeneratorDriver Create()
            => CSharpGeneratorDriver.Create(new[] { new NewsletterGenerator().AsSourceGenerator() }, _files);
    }
}
