using System.Collections.Immutable;
using System.Composition;
using System.Threading;
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
    /// Repairs the mechanical findings in issue files: malformed references (AN1003) and opinion labels
    /// (AN2005), header styles (AN3001), levels (AN3002), misspelled (AN3003) and miscased section names
    /// (AN3005). The rule computed the edit; this provider applies it to the additional document.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(NewsletterIssueCodeFixProvider))]
    [Shared]
    public sealed class NewsletterIssueCodeFixProvider : CodeFixProvider
    {
        /// <inheritdoc/>
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
            RuleIds.MalformedReference,
            RuleIds.MalformedOpinionLabel,
            RuleIds.MixedHeaderStyles,
            RuleIds.InconsistentHeadingLevel,
            RuleIds.UnknownSection,
            RuleIds.HeaderSpelling);

        /// <inheritdoc/>
        public override FixAllProvider? GetFixAllProvider() => IssueFixAllProvider.Instance;

        /// <inheritdoc/>
        public override Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            TextDocument document = context.TextDocument;
            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
                if (FixProperties.Read(diagnostic.Properties) is not { } fix)
                {
                    continue;
                }

                context.RegisterCodeFix(
                    CodeAction.Create(
                        fix.Title,
                        cancellationToken => ApplyAsync(document, fix.Edit, cancellationToken),
                        equivalenceKey: IssueFixAllProvider.EquivalenceKey(diagnostic.Id, document.FilePath)),
                    diagnostic);
            }

            return Task.CompletedTask;
        }

        private static async Task<Solution> ApplyAsync(TextDocument document, TextEdit edit, CancellationToken cancellationToken)
        {
            SourceText text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
            if (edit.Offset < 0 || edit.Offset + edit.Length > text.Length)
            {
                return document.Project.Solution;
            }

            // Line breaks in the edit as the file writes them, as 'newsletter-lint fix' does.
            edit = TextEdits.ForText(text.ToString(), edit);
            SourceText changed = text.WithChanges(new TextChange(new TextSpan(edit.Offset, edit.Length), edit.NewText));
            Solution solution = document.Project.Solution;
            return document is Document source
                ? solution.WithDocumentText(source.Id, changed)
                : solution.WithAdditionalDocumentText(document.Id, changed);
        }
    }
}
