using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using NewsletterLinter.CodeAnalysis.Analyzers;
using NewsletterLinter.CodeFixes;

namespace NewsletterLinter.CodeAnalysis.Tests
{
    /// <summary>
    /// Applies code fixes to an issue held as an additional document of an <see cref="AdhocWorkspace"/>
    /// project (the testing library's CodeFixTest does not fix additional documents).
    /// </summary>
    internal static class CodeFixHarness
    {
        public const string IssuePath = "/issues/AN-042.md";

        /// <summary>The diagnostics of the issue, as the analyzer reports them.</summary>
        public static async Task<ImmutableArray<Diagnostic>> DiagnosticsAsync(Project project)
        {
            Compilation compilation = (await project.GetCompilationAsync(CancellationToken.None))!;
            CompilationWithAnalyzers withAnalyzers = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new NewsletterIssueAnalyzer()), project.AnalyzerOptions);
            ImmutableArray<Diagnostic> all = await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None);
            return all.Where(d => d.Location.GetLineSpan().Path == IssuePath).OrderBy(d => d.Location.SourceSpan.Start).ToImmutableArray();
        }

        /// <summary>The diagnostics of every issue of the project, as the analyzer reports them.</summary>
        public static async Task<ImmutableArray<Diagnostic>> AllDiagnosticsAsync(Project project)
        {
            Compilation compilation = (await project.GetCompilationAsync(CancellationToken.None))!;
            CompilationWithAnalyzers withAnalyzers = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new NewsletterIssueAnalyzer()), project.AnalyzerOptions);
            return await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        }

        /// <summary>Applies the fix registered for the first diagnostic <paramref name="id"/>; returns the issue's new text.</summary>
        public static async Task<string> ApplyFirstFixAsync(string markdown, string id, params (string Key, string Value)[] properties)
        {
            Project project = CreateProject(markdown, properties);
            ImmutableArray<Diagnostic> diagnostics = await DiagnosticsAsync(project);
            Diagnostic diagnostic = diagnostics.First(d => d.Id == id);
            TextDocument document = project.AdditionalDocuments.Single(d => d.FilePath == IssuePath);
            var actions = new List<CodeAction>();
            var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None);
            await new NewsletterIssueCodeFixProvider().RegisterCodeFixesAsync(context);
            CodeAction fix = Assert.Single(actions);
            ImmutableArray<CodeActionOperation> operations = await fix.GetOperationsAsync(CancellationToken.None);
            Solution changed = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
            SourceText text = await changed.GetAdditionalDocument(document.Id)!.GetTextAsync();
            return text.ToString();
        }

        /// <summary>Applies fixes one at a time until none is left for <paramref name="id"/>.</summary>
        public static async Task<string> ApplyAllFixesAsync(string markdown, string id)
        {
            string text = markdown;
            for (int round = 0; round < 50; round++)
            {
                ImmutableArray<Diagnostic> diagnostics = await DiagnosticsAsync(CreateProject(text));
                if (!diagnostics.Any(d => d.Id == id))
                {
                    return text;
                }

                text = await ApplyFirstFixAsync(text, id);
            }

            return text;
        }

        public static Project CreateProject(string markdown, params (string Key, string Value)[] properties)
        {
            var workspace = new AdhocWorkspace();
            ProjectInfo info = ProjectInfo.Create(ProjectId.CreateNewId(), VersionStamp.Default, "Issues", "Issues", LanguageNames.CSharp, filePath: "/Issues.csproj")
                .WithMetadataReferences(TestReferences.Assemblies);
            Project project = workspace.AddProject(info);
            project = project.AddDocument("Program.cs", "internal static class Program { }", filePath: "/Program.cs").Project;
            project = project.AddAdditionalDocument("AN-042.md", SourceText.From(markdown), filePath: IssuePath).Project;
            if (properties.Length > 0)
            {
                string config = "is_global = true\n" + string.Concat(properties.Select(p => $"build_property.{p.Key} = {p.Value}\n"));
                project = project.AddAnalyzerConfigDocument(".globalconfig", SourceText.From(config), filePath: "/.globalconfig").Project;
            }

            return project;
        }
    }
}
