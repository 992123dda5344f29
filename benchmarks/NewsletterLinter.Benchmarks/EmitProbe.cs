using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NewsletterLinter.CodeAnalysis.Generator;

namespace NewsletterLinter.Benchmarks
{
    internal static class EmitProbe
    {
        public static void Run()
        {
            var files = Corpus.Load().Select(f => (AdditionalText)new InMemoryText("/issues/" + f.Path, f.Text)).ToArray();
            var refs = new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location), MetadataReference.CreateFromFile(typeof(AlignmentNewsletter.NewsletterIssue).Assembly.Location) }
                .Concat(((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator).Where(p => p.Contains("System.Runtime.dll") || p.Contains("netstandard.dll") || p.Contains("System.Collections.dll")).Select(p => MetadataReference.CreateFromFile(p))).ToArray();
            var compilation = CSharpCompilation.Create("Bench", new[] { CSharpSyntaxTree.ParseText("class C { }") }, refs, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            var driver = CSharpGeneratorDriver.Create(new[] { new NewsletterGenerator().AsSourceGenerator() }, files);
            var sources = driver.RunGenerators(compilation).GetRunResult().GeneratedTrees.Select(t => t.GetText().ToString()).ToArray();
            Console.WriteLine($"{sources.Length} sources, {sources.Sum(s => s.Length) / 1e6:F1} M chars");
            for (int round = 0; round < 3; round++)
            {
                var sw = Stopwatch.StartNew();
                var trees = sources.Select(s => CSharpSyntaxTree.ParseText(s)).ToArray();
                long parse = sw.ElapsedMilliseconds;
                var c = compilation.AddSyntaxTrees(trees);
                using var ms = new MemoryStream();
                var result = c.Emit(ms);
                Console.WriteLine($"current form: parse {parse} ms, total {sw.ElapsedMilliseconds} ms, {ms.Length / 1024} KB, ok={result.Success} {string.Join(";", result.Diagnostics.Take(2))}");
                sw.Restart();
                var compact = sources.Select((s, i) => CSharpSyntaxTree.ParseText("namespace P { static class I" + i + " { internal const string Data = " + SymbolDisplay.FormatLiteral(s, true) + "; } }")).ToArray();
                var c2 = compilation.AddSyntaxTrees(compact);
                using var ms2 = new MemoryStream();
                var r2 = c2.Emit(ms2);
                Console.WriteLine($"one literal per issue: total {sw.ElapsedMilliseconds} ms, {ms2.Length / 1024} KB, ok={r2.Success}");
            }
        }
    }
}
