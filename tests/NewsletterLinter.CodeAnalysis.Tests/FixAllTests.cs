using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;
using NewsletterLinter.CodeFixes;

namespace NewsletterLinter.CodeAnalysis.Tests
{
    /// <summary>Fix All on issue files (additional documents), through a <see cref="FixAllContext"/> as the IDE builds it.</summary>
    public class FixAllTests
    {
        private const string First = "# Highlights\n\n**[A](https://example.org/a)** *(Ann Lee)* (summarized by Rohin): Cites AN#3 and AN # 4.\n\n**Rohin's opinion:** Fine.\n\n# Technical AI alignment\n\n# NEWS\n";
        private const string Second = "# HIGHLIGHTS\n\n**[B](https://example.org/b)** *(Bo Chen)* (summarized by Rohin): Cites AN#5.\n\n**Rohin's opinion:** Fine.\n";

        private sealed class Provider : FixAllContext.DiagnosticProvider
        {
            private readonly ImmutableArray<Diagnostic> _diagnostics;

            public Provider(ImmutableArray<Diagnostic> diagnostics) => _diagnostics = diagnostics;

            public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) => Task.FromResult<IEnumerable<Diagnostic>>(_diagnostics);

            public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) => Task.FromResult(Enumerable.Empty<Diagnostic>());

            public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) => Task.FromResult(Enumerable.Empty<Diagnostic>());
        }

        private static Project TwoIssues()
        {
            Project project = CodeFixHarness.CreateProject(First, ("NewsletterExternalIssues", "1-9"));
            return project.AddAdditionalDocument("AN-043.md", SourceText.From(Second), filePath: "/issues/AN-043.md").Project;
        }

        private static async Task<Solution> FixAllAsync(Project project, FixAllScope scope, string rule, string path)
        {
            ImmutableArray<Diagnostic> diagnostics = await CodeFixHarness.AllDiagnosticsAsync(project);
            var provider = new NewsletterIssueCodeFixProvider();
            FixAllProvider fixAll = provider.GetFixAllProvider()!;
            Assert.Contains(scope, fixAll.GetSupportedFixAllScopes());
            var context = new FixAllContext(project, provider, scope, IssueFixAllProvider.EquivalenceKey(rule, path), provider.FixableDiagnosticIds, new Provider(diagnostics), CancellationToken.None);
            CodeAction action = (await fixAll.GetFixAsync(context))!;
            ImmutableArray<CodeActionOperation> operations = await action.GetOperationsAsync(CancellationToken.None);
            return operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
        }

        private static async Task<string> TextOf(Solution solution, string path)
            => (await solution.Projects.Single().AdditionalDocuments.Single(d => d.FilePath == path).GetTextAsync()).ToString();

        [Fact]
        public async Task Project_scope_fixes_every_finding_of_the_rule_in_every_issue()
        {
            Solution solution = await FixAllAsync(TwoIssues(), FixAllScope.Project, "AN1003", CodeFixHarness.IssuePath);

            Assert.Contains("Cites AN #3 and AN #4.", await TextOf(solution, CodeFixHarness.IssuePath));
            Assert.Contains("# Highlights", await TextOf(solution, CodeFixHarness.IssuePath));
            Assert.Contains("Cites AN #5.", await TextOf(solution, "/issues/AN-043.md"));
        }

        [Fact]
        public async Task Document_scope_fixes_only_the_issue_it_was_asked_in()
        {
            Solution solution = await FixAllAsync(TwoIssues(), FixAllScope.Document, "AN1003", "/issues/AN-043.md");

            Assert.Contains("Cites AN#3 and AN # 4.", await TextOf(solution, CodeFixHarness.IssuePath));
            Assert.Contains("Cites AN #5.", await TextOf(solution, "/issues/AN-043.md"));
        }

        [Fact]
        public async Task Solution_scope_fixes_header_spelling_and_leaves_other_rules()
        {
            Solution solution = await FixAllAsync(TwoIssues(), FixAllScope.Solution, "AN3005", CodeFixHarness.IssuePath);

            string text = await TextOf(solution, CodeFixHarness.IssuePath);
            // Two of the three headers are in sentence case: the third follows them.
            Assert.Contains("# Highlights", text);
            Assert.Contains("# Technical AI alignment", text);
            Assert.Contains("# News\n", text);
            Assert.Contains("AN#3", text);
        }
    }
}
