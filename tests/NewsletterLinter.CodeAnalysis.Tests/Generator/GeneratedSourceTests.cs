using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using NewsletterLinter.Tests;

namespace NewsletterLinter.CodeAnalysis.Tests.Generator
{
    /// <summary>
    /// The generated source for the sample issues, compared with golden files in <c>Generator/Golden</c>.
    /// Set <c>UPDATE_GOLDEN=1</c> to rewrite them after an intended change, then review the diff.
    /// </summary>
    public class GeneratedSourceTests
    {
        private static List<AdditionalText> SampleFiles()
            => Directory.GetFiles(TestPaths.SampleIssues, "*.md")
                .OrderBy(f => f, StringComparer.Ordinal)
                .Select(f => (AdditionalText)new TestAdditionalText("/samples/issues/" + Path.GetFileName(f), File.ReadAllText(f)))
                .ToList();

        [Fact]
        public void Generated_source_matches_the_golden_files()
        {
            var (_, diagnostics, sources) = GeneratorHarness.Run(SampleFiles());
            Assert.Empty(diagnostics);
            string golden = Path.Combine(TestPaths.RepositoryRoot, "tests", "NewsletterLinter.CodeAnalysis.Tests", "Generator", "Golden");
            bool update = Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1";
            Assert.Equal(new[] { "AN099Issue.g.cs", "AN137Issue.g.cs", "AN174Issue.g.cs", "AN175Issue.g.cs", "AN176Issue.g.cs", "Newsletter.g.cs" }, sources.Keys.OrderBy(k => k, StringComparer.Ordinal));
            foreach ((string hintName, string source) in sources)
            {
                string path = Path.Combine(golden, hintName);
                if (update)
                {
                    File.WriteAllText(path, source);
                    continue;
                }

                Assert.True(File.Exists(path), $"{path} is missing; run the tests with UPDATE_GOLDEN=1 to write it");
                Assert.Equal(File.ReadAllText(path).Replace("\r\n", "\n"), source.Replace("\r\n", "\n"));
            }
        }

        [Fact]
        public void Generated_code_compiles_with_nullable_enabled_and_warnings_as_errors()
        {
            var (output, diagnostics, sources) = GeneratorHarness.Run(SampleFiles());

            Assert.Empty(diagnostics);
            Assert.Empty(GeneratorHarness.Problems(output));

            // The generated files enable nullable annotations only, so a build does not run the
            // nullable analysis over them; compiled again with the warnings on, they raise none.
            string[] withWarnings = sources.Values
                .Select(source =>
                {
                    Assert.Contains("#nullable enable annotations\n", source.Replace("\r\n", "\n"));
                    return source.Replace("#nullable enable annotations", "#nullable enable");
                })
                .Append("internal static class Program { }")
                .ToArray();
            Assert.Empty(GeneratorHarness.Problems(GeneratorHarness.Compilation(withWarnings)));
        }

        [Fact]
        public void The_generated_objects_read_back_the_sample_issues()
        {
            var (output, _, _) = GeneratorHarness.Run(SampleFiles());
            var assembly = GeneratorHarness.Load(output);

            AlignmentNewsletter.NewsletterIssue issue = GeneratorHarness.Find(assembly, 99)!;
            Assert.Equal(99, issue.Number);
            Assert.Equal("AN-099.md", issue.FileName);
            AlignmentNewsletter.Summary efficiency = issue.Summaries[0];
            Assert.Equal("AI and Efficiency", efficiency.Title);
            Assert.Equal(new[] { "Danny Hernandez et al" }, efficiency.Authors);
            Assert.Equal(new[] { "Flo" }, efficiency.Summarizers);
            Assert.True(efficiency.IsHighlight);
            Assert.Equal("Flo", efficiency.Opinions[0].Author);
            Assert.Equal(7, efficiency.References[0].Number);
            Assert.Null(efficiency.References[0].Issue);
            Assert.Same(efficiency, issue.GetType().GetProperty("AIAndEfficiency")!.GetValue(issue));

            AlignmentNewsletter.NewsletterIssue later = GeneratorHarness.Find(assembly, 175)!;
            AlignmentNewsletter.IssueReference reference = later.Summaries[0].References.Single(r => r.Number == 137);
            Assert.Equal(137, reference.Issue!.Number);
            Assert.Null(GeneratorHarness.Find(assembly, 1));
        }

        [Fact]
        public void The_generated_summaries_keep_their_markdown_links_hat_tips_and_citations_both_ways()
        {
            var (output, _, _) = GeneratorHarness.Run(SampleFiles());
            var assembly = GeneratorHarness.Load(output);
            AlignmentNewsletter.Summary scaling = GeneratorHarness.Find(assembly, 137)!.Summaries[0];
            AlignmentNewsletter.Summary asking = GeneratorHarness.Find(assembly, 174)!.Summaries[1];
            AlignmentNewsletter.Summary transfer = GeneratorHarness.Find(assembly, 175)!.Summaries[0];

            Assert.Equal(new[] { "Karl Benz" }, asking.HatTips);
            Assert.Equal("[Scaling Laws for Transfer](https://example.org/scaling-laws-for-transfer) ([AN #137](https://example.org/newsletter/137))", asking.Prerequisites);
            Assert.Equal("Learning human intent", asking.Category);
            Assert.StartsWith("This paper revisits [Scaling Laws for Transfer](https://example.org/scaling-laws-for-transfer) ([AN #137]", transfer.Markdown, StringComparison.Ordinal);
            Assert.Equal(("Scaling Laws for Transfer", "https://example.org/scaling-laws-for-transfer"), (transfer.Links[0].Text, transfer.Links[0].Url));
            Assert.Contains("*", transfer.Opinions[0].Markdown + asking.Markdown, StringComparison.Ordinal);

            AlignmentNewsletter.Citation citation = transfer.Citations.Single();
            Assert.Equal((137, "Scaling Laws for Transfer"), (citation.Number, citation.Text));
            Assert.Same(scaling, citation.Summary);
            Assert.Equal(new[] { asking, transfer }, scaling.CitedBy);

            AlignmentNewsletter.Citation unresolved = GeneratorHarness.Find(assembly, 176)!.Summaries.SelectMany(x => x.Citations).Single(c => c.Text == "the transfer study");
            Assert.Equal(175, unresolved.Issue!.Number);
            Assert.Null(unresolved.Summary);
        }

        [Fact]
        public void Namespace_and_visibility_come_from_msbuild_properties()
        {
            var properties = new Dictionary<string, string>
            {
                ["build_property.NewsletterNamespace"] = "Contoso.Reading.Newsletter",
                ["build_property.NewsletterCatalogVisibility"] = "internal",
            };
            var (output, _, sources) = GeneratorHarness.Run(SampleFiles().Take(1), properties);

            Assert.Empty(GeneratorHarness.Problems(output));
            Assert.Contains("namespace Contoso.Reading.Newsletter", sources["Newsletter.g.cs"]);
            Assert.Contains("internal static partial class Newsletter", sources["Newsletter.g.cs"]);
            Assert.Contains("internal sealed partial class AN099Issue", sources["AN099Issue.g.cs"]);
        }

        [Fact]
        public void An_invalid_namespace_falls_back_to_the_default()
        {
            var properties = new Dictionary<string, string> { ["build_property.NewsletterNamespace"] = "class.1x" };
            var (output, _, sources) = GeneratorHarness.Run(SampleFiles().Take(1), properties);

            Assert.Empty(GeneratorHarness.Problems(output));
            Assert.Contains("namespace AlignmentNewsletter", sources["Newsletter.g.cs"]);
        }

        [Fact]
        public void Without_the_runtime_library_nothing_is_generated()
        {
            GeneratorDriver driver = GeneratorHarness.Driver(SampleFiles());
            var compilation = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create("NoRuntime", new[] { Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText("class C { }") }, TestReferences.Assemblies);
            driver = driver.RunGenerators(compilation);

            Assert.Empty(driver.GetRunResult().GeneratedTrees);
        }

        [Fact]
        public void The_runtime_library_is_found_by_its_types_when_its_reference_has_no_file()
        {
            // As an IDE or a test may give it: an in-memory image, no path.
            byte[] image = File.ReadAllBytes(typeof(AlignmentNewsletter.NewsletterIssue).Assembly.Location);
            var compilation = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create(
                "InMemoryRuntime",
                new[] { Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText("class C { }") },
                TestReferences.Assemblies.Add(MetadataReference.CreateFromImage(image)),
                new Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

            GeneratorDriver driver = GeneratorHarness.Driver(SampleFiles()).RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out _);

            Assert.Equal(6, driver.GetRunResult().GeneratedTrees.Length);
            Assert.Empty(GeneratorHarness.Problems(output));
        }

        [Fact]
        public void Files_flagged_as_issues_are_the_only_issues_when_any_file_is_flagged()
        {
            // Covered through IssueModelBuilder: a README next to flagged issues is not an issue.
            var files = new[]
            {
                Parsed("/a/AN-001.md", "true", "NEWS\n\n[T](u) *(A)*: x\n"),
                Parsed("/a/README.md", null, "# 2\n"),
            };

            var models = NewsletterLinter.CodeAnalysis.Generator.IssueModelBuilder.Build(files).ToList();

            Assert.Equal(1, Assert.Single(models).Number);
        }

        [Fact]
        public void A_file_flagged_as_an_issue_without_a_number_is_generated_outside_All()
        {
            var flag = new Dictionary<string, string> { ["build_metadata.AdditionalFiles.NewsletterIssue"] = "true" };
            var files = new[]
            {
                (AdditionalText)new TestAdditionalText("/a/AN-001.md", "# [AN #1]: One\n\n# NEWS\n\n[T](https://x.org) *(A)*: x\n", flag),
                new TestAdditionalText("/a/AN-retrospective-one-year.md", "Alignment Newsletter One Year Retrospective\n===\n\nA year of the newsletter.\n\n# Going forward\n\nMore.\n", flag),
                new TestAdditionalText("/a/All.md", "Notes\n===\n\nA file named as the catalog's member.\n", flag),
            };

            var (output, diagnostics, _) = GeneratorHarness.Run(files);

            Assert.Empty(diagnostics);
            Assert.Empty(GeneratorHarness.Problems(output));
            System.Type catalog = GeneratorHarness.Load(output).GetType("AlignmentNewsletter.Newsletter")!;
            var all = (IReadOnlyList<AlignmentNewsletter.NewsletterIssue>)catalog.GetProperty("All")!.GetValue(null)!;
            var unnumbered = (IReadOnlyList<AlignmentNewsletter.NewsletterIssue>)catalog.GetProperty("Unnumbered")!.GetValue(null)!;
            Assert.Equal(1, Assert.Single(all).Number);
            Assert.Equal(new[] { "AN-retrospective-one-year.md", "All.md" }, unnumbered.Select(i => i.FileName).OrderBy(n => n, StringComparer.Ordinal));
            Assert.All(unnumbered, i => Assert.False(i.HasNumber));
            Assert.Equal("Alignment Newsletter One Year Retrospective", ((AlignmentNewsletter.NewsletterIssue)catalog.GetProperty("ANRetrospectiveOneYear")!.GetValue(null)!).Title);
            Assert.NotNull(catalog.GetProperty("All2"));

            // Without the flag, a file without a number is some other Markdown file, not an issue.
            var unflagged = files.Select(f => (AdditionalText)new TestAdditionalText(f.Path, f.GetText()!.ToString())).ToArray();
            var (plain, _, _) = GeneratorHarness.Run(unflagged);
            System.Type plainCatalog = GeneratorHarness.Load(plain).GetType("AlignmentNewsletter.Newsletter")!;
            Assert.Empty((IReadOnlyList<AlignmentNewsletter.NewsletterIssue>)plainCatalog.GetProperty("Unnumbered")!.GetValue(null)!);
        }

        private static NewsletterLinter.CodeAnalysis.Generator.ParsedFile Parsed(string path, string? flag, string text)
            => NewsletterLinter.CodeAnalysis.Generator.ParsedFile.Of(path, flag, Parsing.IssueParser.Parse(text, path), text, Parsing.ParserOptions.Default);
    }
}
