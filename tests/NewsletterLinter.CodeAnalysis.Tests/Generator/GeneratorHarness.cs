using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using NewsletterLinter.CodeAnalysis.Generator;

namespace NewsletterLinter.CodeAnalysis.Tests.Generator
{
    /// <summary>An additional file given to the generator.</summary>
    internal sealed class TestAdditionalText : AdditionalText
    {
        private readonly SourceText _text;

        public TestAdditionalText(string path, string text, IDictionary<string, string>? metadata = null)
        {
            Path = path;
            _text = SourceText.From(text);
            Metadata = metadata;
        }

        public override string Path { get; }

        /// <summary>The item's metadata as the compiler sees it (<c>build_metadata.AdditionalFiles.*</c>), or null.</summary>
        public IDictionary<string, string>? Metadata { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    /// <summary>Global and per-file options, as MSBuild would give them.</summary>
    internal sealed class TestOptionsProvider : AnalyzerConfigOptionsProvider
    {
        private readonly DictionaryOptions _global;

        public TestOptionsProvider(IDictionary<string, string> global) => _global = new DictionaryOptions(global);

        public override AnalyzerConfigOptions GlobalOptions => _global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => DictionaryOptions.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
            => textFile is TestAdditionalText { Metadata: { } metadata } ? new DictionaryOptions(metadata) : DictionaryOptions.Empty;

        private sealed class DictionaryOptions : AnalyzerConfigOptions
        {
            public static readonly DictionaryOptions Empty = new(new Dictionary<string, string>());

            private readonly IDictionary<string, string> _values;

            public DictionaryOptions(IDictionary<string, string> values) => _values = values;

            public override bool TryGetValue(string key, out string value)
            {
                if (_values.TryGetValue(key, out string? found))
                {
                    value = found;
                    return true;
                }

                value = string.Empty;
                return false;
            }
        }
    }

    /// <summary>Runs <see cref="NewsletterGenerator"/> and compiles or executes what it writes.</summary>
    internal static class GeneratorHarness
    {
        public static readonly ImmutableArray<MetadataReference> References = TestReferences.Assemblies
            .Add(MetadataReference.CreateFromFile(typeof(AlignmentNewsletter.NewsletterIssue).Assembly.Location));

        public static CSharpCompilation Compilation(params string[] sources)
            => CSharpCompilation.Create(
                "Consumer",
                sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, new Microsoft.CodeAnalysis.CSharp.CSharpParseOptions(LanguageVersion.Latest), path: $"/src/File{i}.cs")),
                References,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, generalDiagnosticOption: ReportDiagnostic.Error));

        public static GeneratorDriver Driver(IEnumerable<AdditionalText> files, IDictionary<string, string>? properties = null)
            => CSharpGeneratorDriver.Create(
                new[] { new NewsletterGenerator().AsSourceGenerator() },
                files,
                new Microsoft.CodeAnalysis.CSharp.CSharpParseOptions(LanguageVersion.Latest),
                new TestOptionsProvider(properties ?? new Dictionary<string, string>()),
                new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

        /// <summary>Runs the generator; returns the output compilation and the generated sources by hint name.</summary>
        public static (Compilation Output, ImmutableArray<Diagnostic> GeneratorDiagnostics, Dictionary<string, string> Sources) Run(IEnumerable<AdditionalText> files, IDictionary<string, string>? properties = null, params string[] sources)
        {
            GeneratorDriver driver = Driver(files, properties).RunGeneratorsAndUpdateCompilation(Compilation(sources.Length == 0 ? new[] { "internal static class Program { }" } : sources), out Compilation output, out ImmutableArray<Diagnostic> diagnostics);
            GeneratorDriverRunResult result = driver.GetRunResult();
            var generated = result.Results.SelectMany(r => r.GeneratedSources).ToDictionary(s => s.HintName, s => s.SourceText.ToString());
            return (output, diagnostics, generated);
        }

        /// <summary>Every error or warning of the compilation (warnings are errors in it).</summary>
        public static ImmutableArray<Diagnostic> Problems(Compilation compilation)
            => compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToImmutableArray();

        /// <summary>Compiles and loads the output; returns the assembly (in a collectible context).</summary>
        public static Assembly Load(Compilation compilation)
        {
            using var stream = new MemoryStream();
            var emit = compilation.Emit(stream);
            Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
            stream.Position = 0;
            var context = new AssemblyLoadContext("generated-" + Guid.NewGuid().ToString("N"), isCollectible: true);
            context.Resolving += (ctx, name) => name.Name == typeof(AlignmentNewsletter.NewsletterIssue).Assembly.GetName().Name ? typeof(AlignmentNewsletter.NewsletterIssue).Assembly : null;
            return context.LoadFromStream(stream);
        }

        /// <summary><c>Newsletter.Find(number)</c> of a loaded assembly.</summary>
        public static AlignmentNewsletter.NewsletterIssue? Find(Assembly assembly, int number, string ns = "AlignmentNewsletter")
        {
            Type catalog = assembly.GetType(ns + ".Newsletter", throwOnError: true)!;
            return (AlignmentNewsletter.NewsletterIssue?)catalog.GetMethod("Find")!.Invoke(null, new object[] { number });
        }
    }
}
