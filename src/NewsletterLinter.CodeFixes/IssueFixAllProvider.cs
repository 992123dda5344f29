using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;
using NewsletterLinter.CodeAnalysis.Diagnostics;
using NewsletterLinter.Parsing.Fixing;
using NewsletterLinter.Parsing.Rules;

namespace NewsletterLinter.CodeFixes
{
    /// <summary>
    /// Fix All for issue files, in a document, a project or the solution. The batch fixer only fixes
    /// source documents; this one collects the diagnostics in additional documents and applies their
    /// edits with the same engine as <c>newsletter-lint fix</c> (edits that overlap an earlier one wait
    /// for the next run).
    /// </summary>
    public sealed class IssueFixAllProvider : FixAllProvider
    {
        private IssueFixAllProvider()
        {
        }

        /// <summary>The one instance.</summary>
        public static IssueFixAllProvider Instance { get; } = new();

        /// <summary>The equivalence key of one finding's fix: the rule, and the file for the document scope.</summary>
        public static string EquivalenceKey(string ruleId, string? path) => ruleId + "|" + path;

        /// <inheritdoc/>
        public override IEnumerable<FixAllScope> GetSupportedFixAllScopes()
            => new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution };

        /// <inheritdoc/>
        public override async Task<CodeAction?> GetFixAsync(FixAllContext context)
        {
            string key = context.CodeActionEquivalenceKey ?? string.Empty;
            int bar = key.IndexOf('|');
            string rule = bar < 0 ? key : key.Substring(0, bar);
            string? path = bar < 0 ? null : key.Substring(bar + 1);
            if (context.Scope == FixAllScope.Document)
            {
                path = context.Document?.FilePath ?? path;
            }

            IEnumerable<Project> projects = context.Scope == FixAllScope.Solution ? context.Solution.Projects : new[] { context.Project };
            Solution solution = context.Solution;
            int fixedCount = 0;
            foreach (Project project in projects)
            {
                ImmutableArray<Diagnostic> diagnostics = await context.GetAllDiagnosticsAsync(project).ConfigureAwait(false);
                var byFile = diagnostics
                    .Where(d => (rule.Length == 0 ? context.DiagnosticIds.Contains(d.Id) : d.Id == rule) && FixProperties.Read(d.Properties) is not null)
                    .GroupBy(d => d.Location.GetLineSpan().Path)
                    .Where(g => context.Scope != FixAllScope.Document || string.Equals(g.Key, path, StringComparison.Ordinal));
                foreach (IGrouping<string, Diagnostic> file in byFile)
                {
                    context.CancellationToken.ThrowIfCancellationRequested();
                    TextDocument? document = project.AdditionalDocuments.FirstOrDefault(d => string.Equals(d.FilePath, file.Key, StringComparison.Ordinal));
                    if (document is null)
                    {
                        continue;
                    }

                    SourceText text = await document.GetTextAsync(context.CancellationToken).ConfigureAwait(false);
                    List<TextEdit> edits = file.Select(d => FixProperties.Read(d.Properties)!.Edit).ToList();
                    string fixedText = TextEdits.Apply(text.ToString(), edits, out List<int> applied);
                    if (applied.Count == 0)
                    {
                        continue;
                    }

                    fixedCount += applied.Count;
                    solution = solution.WithAdditionalDocumentText(document.Id, SourceText.From(fixedText, text.Encoding, text.ChecksumAlgorithm));
                }
            }

            if (fixedCount == 0)
            {
                return null;
            }

            string scope = context.Scope switch
            {
                FixAllScope.Document => "the issue",
                FixAllScope.Project => "the project",
                _ => "the solution",
            };
            Solution result = solution;
            return CodeAction.Create($"Fix all {(rule.Length == 0 ? "findings" : rule)} in {scope}", _ => Task.FromResult(result), key);
        }
    }
}
