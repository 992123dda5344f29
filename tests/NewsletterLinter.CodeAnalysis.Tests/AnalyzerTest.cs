using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using NewsletterLinter.CodeAnalysis.Analyzers;

namespace NewsletterLinter.CodeAnalysis.Tests
{
    /// <summary>
    /// Runs <see cref="NewsletterIssueAnalyzer"/> over issues given as additional files, with the expected
    /// diagnostics written as <c>{|AN1001:...|}</c> markup in the Markdown itself.
    /// </summary>
    internal sealed class AnalyzerTest : CSharpAnalyzerTest<NewsletterIssueAnalyzer, DefaultVerifier>
    {
        public AnalyzerTest(params (string Path, string Markup)[] issues)
        {
            TestCode = "internal static class Program { }";
            ReferenceAssemblies = TestReferences.None;
            TestState.AdditionalReferences.AddRange(TestReferences.Assemblies);
            foreach ((string path, string markup) in issues)
            {
                TestState.AdditionalFiles.Add((path, markup));
            }
        }

        /// <summary>Adds compiler-visible MSBuild properties through a global analyzer config.</summary>
        public AnalyzerTest WithProperties(params (string Key, string Value)[] properties)
        {
            string config = "is_global = true\n" + string.Concat(properties.Select(p => $"build_property.{p.Key} = {p.Value}\n"));
            TestState.AnalyzerConfigFiles.Add(("/.globalconfig", config));
            return this;
        }

        public static Task VerifyAsync(string markup, params (string Key, string Value)[] properties)
            => new AnalyzerTest(("/issues/AN-042.md", markup)).WithProperties(properties).RunAsync(CancellationToken.None);
    }

    /// <summary>Reference assemblies from the running runtime, so that no test downloads packages.</summary>
    internal static class TestReferences
    {
        /// <summary>No reference package: the runtime's own assemblies come through <see cref="Assemblies"/>.</summary>
        public static readonly ReferenceAssemblies None = new("net10.0");

        public static readonly ImmutableArray<MetadataReference> Assemblies = RuntimeAssemblies();

        private static ImmutableArray<MetadataReference> RuntimeAssemblies()
        {
            string directory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
            string[] names = { "System.Runtime", "System.Private.CoreLib", "netstandard", "System.Collections", "System.Linq", "System.Console", "System.Collections.Immutable" };
            return names
                .Select(n => Path.Combine(directory, n + ".dll"))
                .Where(File.Exists)
                .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
                .ToImmutableArray();
        }
    }
}
