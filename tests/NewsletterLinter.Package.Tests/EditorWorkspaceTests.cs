using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.MSBuild;
using NewsletterLinter.Tests;

namespace NewsletterLinter.Package.Tests
{
    /// <summary>
    /// The consumer project opened as an IDE opens it (<see cref="MSBuildWorkspace"/>): the issues are
    /// additional documents, the packaged analyzer reports on them, the packaged code fix and its Fix All
    /// repair them through the workspace, the solution is saved, and a fresh analysis finds none of the
    /// fixed findings.
    /// </summary>
    [Trait("Category", "Slow")]
    public class EditorWorkspaceTests : IClassFixture<PackageFixture>
    {
        private readonly PackageFixture _fixture;

        // MSBuildWorkspace evaluates the project in a build host process of its own, with the SDK
        // that runs the tests: no MSBuild is loaded into this process.
        public EditorWorkspaceTests(PackageFixture fixture) => _fixture = fixture;

        [Fact]
        public async Task An_editor_fixes_a_finding_and_fixes_all_then_saves_and_the_findings_are_gone()
        {
            string consumer = _fixture.CreateConsumer("editor");
            DotnetCli.Result restore = _fixture.Dotnet(consumer, "restore");
            Assert.True(restore.ExitCode == 0, restore.Output);
            string project = Path.Combine(consumer, "Consumer.csproj");
            string issue = Path.Combine(consumer, "issues", "AN-176.md");

            using (MSBuildWorkspace workspace = MSBuildWorkspace.Create())
            {
                Project opened = await workspace.OpenProjectAsync(project);
                Assert.Contains(opened.AdditionalDocuments, d => d.FilePath == issue);

                ImmutableArray<Diagnostic> before = await IssueDiagnosticsAsync(opened);
                Assert.Contains(before, d => d.Id == "AN1003" && d.Location.GetLineSpan().Path == issue);
                Assert.Contains(before, d => d.Id == "AN2005");
                CodeFixProvider provider = PackagedCodeFix(opened);

                // One code fix, from the lightbulb of one finding.
                Diagnostic reference = before.First(d => d.Id == "AN1003");
                TextDocument document = opened.AdditionalDocuments.Single(d => d.FilePath == issue);
                var actions = new List<CodeAction>();
                await provider.RegisterCodeFixesAsync(new CodeFixContext(document, reference, (action, _) => actions.Add(action), CancellationToken.None));
                Assert.True(workspace.TryApplyChanges(await ChangedSolutionAsync(Assert.Single(actions))));

                // Fix All for a rule across the project.
                Project current = workspace.CurrentSolution.GetProject(opened.Id)!;
                ImmutableArray<Diagnostic> now = await IssueDiagnosticsAsync(current);
                Diagnostic label = now.First(d => d.Id == "AN2005");
                var fixAll = new FixAllContext(current, provider, FixAllScope.Project, label.Id + "|" + issue, provider.FixableDiagnosticIds, new Diagnostics(now), CancellationToken.None);
                CodeAction all = (await provider.GetFixAllProvider()!.GetFixAsync(fixAll))!;
                Assert.True(workspace.TryApplyChanges(await ChangedSolutionAsync(all)));
            }

            // Saved: the file on disk holds the repairs.
            string saved = File.ReadAllText(issue);
            Assert.Contains("AN #137", saved);

            // A fresh workspace, as after reopening the project, finds none of the fixed findings.
            using (MSBuildWorkspace workspace = MSBuildWorkspace.Create())
            {
                ImmutableArray<Diagnostic> after = await IssueDiagnosticsAsync(await workspace.OpenProjectAsync(project));
                Assert.DoesNotContain(after, d => d.Id is "AN1003" or "AN2005");
                Assert.Contains(after, d => d.Id == "AN1001");
            }
        }

        private static async Task<ImmutableArray<Diagnostic>> IssueDiagnosticsAsync(Project project)
        {
            ImmutableArray<DiagnosticAnalyzer> analyzers = project.AnalyzerReferences.SelectMany(r => r.GetAnalyzers(LanguageNames.CSharp)).ToImmutableArray();
            Assert.Contains(analyzers, a => a.GetType().Name == "NewsletterIssueAnalyzer");
            Compilation compilation = (await project.GetCompilationAsync())!;
            ImmutableArray<Diagnostic> all = await compilation.WithAnalyzers(analyzers, project.AnalyzerOptions).GetAnalyzerDiagnosticsAsync();
            return all.Where(d => d.Location.GetLineSpan().Path.EndsWith(".md", StringComparison.Ordinal)).ToImmutableArray();
        }

        /// <summary>The code fix provider from the package's analyzer folder, as the IDE loads it.</summary>
        private static CodeFixProvider PackagedCodeFix(Project project)
        {
            AnalyzerFileReference reference = project.AnalyzerReferences.OfType<AnalyzerFileReference>().Single(r => Path.GetFileName(r.FullPath) == "NewsletterLinter.CodeFixes.dll");
            Type type = reference.GetAssembly().GetTypes().Single(t => typeof(CodeFixProvider).IsAssignableFrom(t) && !t.IsAbstract && t.GetCustomAttribute<ExportCodeFixProviderAttribute>() is not null);
            return (CodeFixProvider)Activator.CreateInstance(type)!;
        }

        private static async Task<Solution> ChangedSolutionAsync(CodeAction action)
            => (await action.GetOperationsAsync(CancellationToken.None)).OfType<ApplyChangesOperation>().Single().ChangedSolution;

        private sealed class Diagnostics : FixAllContext.DiagnosticProvider
        {
            private readonly ImmutableArray<Diagnostic> _all;

            public Diagnostics(ImmutableArray<Diagnostic> all) => _all = all;

            public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) => Task.FromResult<IEnumerable<Diagnostic>>(_all);

            public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) => Task.FromResult(Enumerable.Empty<Diagnostic>());

            public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) => Task.FromResult(Enumerable.Empty<Diagnostic>());
        }
    }
}
