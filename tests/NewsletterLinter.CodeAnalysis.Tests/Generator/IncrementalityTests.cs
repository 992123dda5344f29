using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NewsletterLinter.CodeAnalysis.Generator;

namespace NewsletterLinter.CodeAnalysis.Tests.Generator
{
    /// <summary>The generator's pipeline caches what did not change, step by step.</summary>
    public class IncrementalityTests
    {
        private static readonly string[] MarkdownSteps = { TrackingNames.ParsedFile, TrackingNames.IssueModels, TrackingNames.CatalogEntries };

        private static List<AdditionalText> Issues(int count)
            => Enumerable.Range(1, count)
                .Select(n => (AdditionalText)new TestAdditionalText(
                    $"/issues/AN-{n:D3}.md",
                    $"# [AN #{n}]: Issue {n}\n\n# HIGHLIGHTS\n\n**[Paper {n}](https://example.org/{n})** *(Author {n})* (summarized by Rohin): Text {n} (AN #{Math.Max(1, n - 1)}).\n\n**Rohin's opinion:** Fine.\n"))
                .ToList();

        private static (GeneratorDriver Driver, Compilation Compilation) FirstRun(List<AdditionalText> files)
        {
            Compilation compilation = GeneratorHarness.Compilation("internal static class Program { }");
            GeneratorDriver driver = GeneratorHarness.Driver(files).RunGenerators(compilation);
            return (driver, compilation);
        }

        private static IEnumerable<IncrementalStepRunReason> Reasons(GeneratorDriver driver, string step)
            => driver.GetRunResult().Results[0].TrackedSteps.TryGetValue(step, out ImmutableArray<IncrementalGeneratorRunStep> runs)
                ? runs.SelectMany(r => r.Outputs).Select(o => o.Reason)
                : Enumerable.Empty<IncrementalStepRunReason>();

        [Fact]
        public void A_second_run_leaves_every_step_cached()
        {
            List<AdditionalText> files = Issues(20);
            (GeneratorDriver driver, Compilation compilation) = FirstRun(files);

            driver = driver.RunGenerators(compilation);

            GeneratorRunResult result = driver.GetRunResult().Results[0];
            foreach (string step in MarkdownSteps.Append(TrackingNames.Options))
            {
                Assert.True(result.TrackedSteps.ContainsKey(step), step + " did not run");
                Assert.All(Reasons(driver, step), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step}: {r}"));
            }

            Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        }

        [Fact]
        public void Editing_one_issue_among_many_reparses_only_that_issue()
        {
            List<AdditionalText> files = Issues(1000);
            (GeneratorDriver driver, Compilation compilation) = FirstRun(files);
            var edited = new TestAdditionalText(files[7].Path, files[7].GetText()!.ToString().Replace("Fine.", "Very fine."));

            driver = driver.ReplaceAdditionalText(files[7], edited).RunGenerators(compilation);

            IncrementalStepRunReason[] parse = Reasons(driver, TrackingNames.ParsedFile).ToArray();
            Assert.Equal(1000, parse.Length);
            Assert.Equal(1, parse.Count(r => r == IncrementalStepRunReason.Modified));
            Assert.Equal(999, parse.Count(r => r == IncrementalStepRunReason.Cached));

            IncrementalStepRunReason[] models = Reasons(driver, TrackingNames.IssueModels).ToArray();
            Assert.Equal(1, models.Count(r => r == IncrementalStepRunReason.Modified));
            Assert.Equal(999, models.Count(r => r == IncrementalStepRunReason.Unchanged));

            // The catalog does not depend on opinion text: its entries are unchanged.
            Assert.DoesNotContain(IncrementalStepRunReason.Modified, Reasons(driver, TrackingNames.CatalogEntries));
        }

        [Fact]
        public void Editing_a_csharp_file_reruns_no_markdown_step()
        {
            List<AdditionalText> files = Issues(1000);
            (GeneratorDriver driver, Compilation compilation) = FirstRun(files);
            SyntaxTree tree = compilation.SyntaxTrees.First();
            Compilation edited = compilation.ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText("internal static class Program { static int X = 1; }", (CSharpParseOptions)tree.Options, tree.FilePath));

            driver = driver.RunGenerators(edited);

            foreach (string step in MarkdownSteps)
            {
                Assert.All(Reasons(driver, step), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step}: {r}"));
            }
        }

        [Fact]
        public void Step_outputs_hold_no_roslyn_or_markdig_objects()
        {
            List<AdditionalText> files = Issues(3);
            (GeneratorDriver driver, _) = FirstRun(files);
            GeneratorRunResult result = driver.GetRunResult().Results[0];

            string[] named = typeof(TrackingNames).GetFields().Select(f => (string)f.GetValue(null)!).ToArray();
            Assert.All(named, step => Assert.True(result.TrackedSteps.ContainsKey(step), step + " did not run"));
            foreach ((string step, ImmutableArray<IncrementalGeneratorRunStep> runs) in result.TrackedSteps.Where(s => named.Contains(s.Key)))
            {
                foreach (object value in runs.SelectMany(r => r.Outputs).Select(o => o.Value))
                {
                    AssertNoForbiddenObjects(value, step, new HashSet<object>(ReferenceEqualityComparer.Instance), 0);
                }
            }
        }

        private static void AssertNoForbiddenObjects(object? value, string path, HashSet<object> visited, int depth)
        {
            if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || depth > 40)
            {
                return;
            }

            Type type = value.GetType();
            string assembly = type.Assembly.GetName().Name ?? string.Empty;
            Assert.False(
                assembly.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal) || assembly.StartsWith("Markdig", StringComparison.Ordinal),
                $"{path} holds a {type.FullName} from {assembly}");
            if (!type.IsValueType && !visited.Add(value))
            {
                return;
            }

            if (value is IEnumerable sequence)
            {
                int i = 0;
                foreach (object? item in sequence)
                {
                    AssertNoForbiddenObjects(item, $"{path}[{i++.ToString(CultureInfo.InvariantCulture)}]", visited, depth + 1);
                }
            }

            foreach (FieldInfo field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
            {
                AssertNoForbiddenObjects(field.GetValue(value), path + "." + field.Name, visited, depth + 1);
            }
        }
    }
}
