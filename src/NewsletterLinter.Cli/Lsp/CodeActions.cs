using System;
using System.Collections.Generic;
using System.Linq;
using NewsletterLinter.Cli.Output;
using NewsletterLinter.Parsing.Fixing;
using NewsletterLinter.Parsing.Rules;

namespace NewsletterLinter.Cli.Lsp
{
    /// <summary>
    /// The code actions of an open issue: a quick fix per finding with a fix that touches the asked
    /// range, and a fix-all source action for the issue; and the findings as the client shows them.
    /// The edits are those of <c>fix</c> and the IDE's code fixes.
    /// </summary>
    internal static class CodeActions
    {
        /// <summary>The name the server's diagnostics carry.</summary>
        public const string Source = "newsletter-lint";

        /// <summary>The actions for <paramref name="range"/> of <paramref name="issue"/>, of the kinds in <paramref name="only"/> (every kind when null). The caller holds the workspace's lock.</summary>
        public static LspCodeAction[] For(WorkspaceIssues workspace, WorkspaceIssues.OpenIssue issue, LspRange range, string[]? only)
        {
            bool Wants(string kind) => only is null || only.Any(o => kind == o || kind.StartsWith(o + ".", StringComparison.Ordinal));

            var actions = new List<LspCodeAction>();
            DocumentText text = issue.Text;
            if (Wants(LspConstants.QuickFix))
            {
                int from = text.Offset(range.Start), to = text.Offset(range.End);
                foreach (ReportedFinding reported in workspace.Check(issue))
                {
                    Finding finding = reported.Finding;
                    if (finding.Fix is not { } fix || finding.Span.Offset > to || finding.Span.Offset + finding.Span.Length < from)
                    {
                        continue;
                    }

                    TextEdit edit = TextEdits.ForText(text.Text, fix.Edit);
                    actions.Add(new LspCodeAction(
                        fix.Title,
                        LspConstants.QuickFix,
                        new[] { ToDiagnostic(finding, reported) },
                        true,
                        new LspWorkspaceEdit(new Dictionary<string, LspTextEdit[]> { [issue.Uri] = new[] { ToEdit(text, edit.Offset, edit.Length, edit.NewText) } })));
                }
            }

            if (Wants(LspConstants.SourceFixAll) && workspace.FixAll(issue) is { } fixedText)
            {
                actions.Add(FixAll(issue, fixedText));
            }

            return actions.ToArray();
        }

        /// <summary>A finding as the client shows it: 0-based positions, the LSP severity, the rule's help link.</summary>
        public static LspDiagnostic ToDiagnostic(Finding finding, ReportedFinding reported)
        {
            var range = new LspRange(
                new LspPosition(Math.Max(0, finding.Span.Line - 1), Math.Max(0, finding.Span.Column - 1)),
                new LspPosition(Math.Max(0, finding.Span.EndLine - 1), Math.Max(0, finding.Span.EndColumn - 1)));
            int severity = reported.Severity switch
            {
                RuleSeverity.Error => LspConstants.SeverityError,
                RuleSeverity.Warning => LspConstants.SeverityWarning,
                _ => LspConstants.SeverityInformation,
            };
            int[]? tags = finding.RuleId == RuleIds.EmptyOpinion ? new[] { LspConstants.TagUnnecessary } : null;
            return new LspDiagnostic(range, severity, finding.RuleId, new LspCodeDescription(finding.Rule.HelpUri), Source, finding.Message, tags);
        }

        /// <summary>One edit from the first to the last changed character, which keeps the rest of the buffer (and the cursor) in place.</summary>
        private static LspCodeAction FixAll(WorkspaceIssues.OpenIssue issue, string fixedText)
        {
            string old = issue.Text.Text;
            int prefix = 0;
            while (prefix < old.Length && prefix < fixedText.Length && old[prefix] == fixedText[prefix])
            {
                prefix++;
            }

            int suffix = 0;
            while (suffix < old.Length - prefix && suffix < fixedText.Length - prefix && old[old.Length - 1 - suffix] == fixedText[fixedText.Length - 1 - suffix])
            {
                suffix++;
            }

            return new LspCodeAction(
                "Fix all newsletter-lint findings in this issue",
                LspConstants.SourceFixAll,
                null,
                false,
                new LspWorkspaceEdit(new Dictionary<string, LspTextEdit[]> { [issue.Uri] = new[] { ToEdit(issue.Text, prefix, old.Length - prefix - suffix, fixedText.Substring(prefix, fixedText.Length - prefix - suffix)) } }));
        }

        private static LspTextEdit ToEdit(DocumentText text, int offset, int length, string newText)
            => new(new LspRange(text.Position(offset), text.Position(offset + length)), newText);
    }
}
