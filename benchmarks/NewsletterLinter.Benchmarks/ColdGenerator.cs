using System;
using System.Diagnostics;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NewsletterLinter.CodeAnalysis.Generator;

namespace NewsletterLinter.Benchmarks
{
    /// <summary>
    /// The generator as a command-line build runs it: once, in a new process (<c>--cold-generator</c>;
    /// <c>COLD_PARSE=1</c> parses the issues first, so the generator's own share shows; <c>COLD_PARSE=2</c> parses them first on every core).
    /// </summary>
    internal static class ColdGenerator
    {
        public static void Run()
        {
            var files = Corpus.Load();
            var texts = files.Select(f => (AdditionalText)new InMemoryText("/issues/" + f.Path, f.Text)).ToArray();
            var compilation = CSharpCompilation.Create(
                "Cold",
                new[] { CSharpSyntaxTree.ParseText("class C { }") },
                new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location), MetadataReference.CreateFromFile(typeof(AlignmentNewsletter.NewsletterIssue).Assembly.Location) });
            var watch = Stopwatch.StartNew();
            if (Environment.GetEnvironmentVariable("COLD_PARSE") == "2")
            {
                System.Threading.Tasks.Parallel.ForEach(files, f => NewsletterLinter.Parsing.IssueParser.Parse(f.Text, f.Path));
                Console.WriteLine($"parallel parse of {files.Length} issues, cold: {watch.ElapsedMilliseconds} ms");
                watch.Restart();
            }

            if (Environment.GetEnvironmentVariable("COLD_PARSE") == "1")
            {
                foreach (var (path, text) in files)
                {
                    NewsletterLinter.Parsing.IssueParser.Parse(text, path);
                }

                Console.WriteLine($"parse of {files.Length} issues, cold: {watch.ElapsedMilliseconds} ms");
                watch.Restart();
            }

            GeneratorDriver driver = CSharpGeneratorDriver.Create(new[] { new NewsletterGenerator().AsSourceGenerator() }, texts);
            GeneratorDriverRunResult result = driver.RunGenerators(compilation).GetRunResult();
            long run = watch.ElapsedMilliseconds;
            int characters = result.GeneratedTrees.Sum(t => t.Length);
            Console.WriteLine($"generator, first run: {run} ms, {result.GeneratedTrees.Length} sources, {characters / 1e6:F1} M characters");
            watch.Restart();
            driver = CSharpGeneratorDriver.Create(new[] { new NewsletterGenerator().AsSourceGenerator() }, texts);
            driver.RunGenerators(compilation);
            Console.WriteLine($"generator, second run in the same process: {watch.ElapsedMilliseconds} ms");
        }
    }
}
