using System.Collections.Generic;
using System.Linq;
using System;
using Markdig.Syntax.Inlines;
using Markdig.Syntax;
using Markdig;
using NewsletterLinter.Parsing.Configuration;
using NewsletterLinter.Parsing.Fixing;
using NewsletterLinter.Parsing.Model;
using NewsletterLinter.Parsing.Rules;
using NewsletterLinter.Parsing.Text;

namespace NewsletterLinter.Parsing.Tests
{
    /// <summary>
    /// The lossless-fix property: <c>fix</c> never throws, a second <c>fix</c> changes nothing, every
    /// link destination, image source, code span and HTML fragment of the text before is in the text
    /// after, each pass changes only the lines its edits cover, and no fixable finding is
    /// left. <see cref="Violation"/> says which part fails, or null.
    /// </summary>
    internal static class LosslessFix
    {
        private static readonly MarkdownPipeline CommonMark = new MarkdownPipelineBuilder().Build();

        private static readonly RuleOptions Options = RuleOptions.Default with { ExternalIssues = new IssueRange(1, 9999) };

        /// <summary>What breaks the property on <paramref name="text"/>, or null when it holds.</summary>
        public static string? Violation(string text, string path = "AN-050.md")
        {
            FixRun run;
            try
            {
                run = IssueFixer.Fix(new[] { (path, text) }, Options, _ => true);
            }
            catch (Exception exception)
            {
                return "fix threw " + exception;
            }

            string after = run.Issues[0].Text;
            if (!run.Converged || run.Remaining[0].Findings.FirstOrDefault(f => f.Fix is not null) is { } left)
            {
                return "a fixable finding is left after fix: " + run.Remaining[0].Findings.First(f => f.Fix is not null);
            }

            string again = IssueFixer.Fix(new[] { (path, after) }, Options, _ => true).Issues[0].Text;
            if (again != after)
            {
                return "a second fix changed the text again:\n" + after + "\n=>\n" + again;
            }

            List<string> kept = Inventory(after);
            foreach (string item in Inventory(text))
            {
                if (!kept.Remove(item))
                {
                    return $"fix lost {item}:\n{after}";
                }
            }

            return OutsideEdits(text, path, after);
        }

        /// <summary>
        /// Replays the repair pass by pass and checks that every applied edit stays on the lines of its
        /// finding (for a header finding, the header's lines, underline included), and that the passes
        /// end where <c>fix</c> ended. Outside the edits nothing changes, by construction of the edits.
        /// </summary>
        private static string? OutsideEdits(string text, string path, string fixedText)
        {
            string current = text;
            for (int pass = 0; pass < IssueFixer.MaxPasses; pass++)
            {
                (IssueDocument document, IReadOnlyList<Finding> findings) = IssueRules.CheckAll(new[] { (path, current) }, Options)[0];
                List<Finding> fixable = findings.Where(f => f.Fix is not null).ToList();
                string next = TextEdits.Apply(current, fixable.Select(f => f.Fix!.Edit).ToList(), out List<int> applied);
                if (applied.Count == 0 || next == current)
                {
                    break;
                }

                var lines = new LineMap(current);
                foreach (int index in applied)
                {
                    Finding finding = fixable[index];
                    (int first, int last) = (finding.Span.Line, finding.Span.EndLine);
                    foreach (Section header in document.Headers.Where(h => h.Span.Offset <= finding.Span.End && finding.Span.Offset <= h.Span.End))
                    {
                        (first, last) = (Math.Min(first, header.Span.Line), Math.Max(last, header.Span.EndLine));
                    }

                    TextEdit edit = finding.Fix!.Edit;
                    int from = lines.LineOf(edit.Offset), to = lines.LineOf(edit.Offset + edit.Length);
                    if (from < first || to > last)
                    {
                        return $"pass {pass + 1}: the {finding.RuleId} fix edits lines {from}-{to}, outside its finding's lines {first}-{last}:\n{current}";
                    }
                }

                current = next;
            }

            return current == fixedText ? null : "replaying the passes did not end where fix ended";
        }

        /// <summary>1-based line numbers of offsets.</summary>
        private sealed class LineMap
        {
            private readonly List<int> _starts = new() { 0 };

            public LineMap(string text)
            {
                for (int i = 0; i < text.Length; i++)
                {
                    if (text[i] == '\n')
                    {
                        _starts.Add(i + 1);
                    }
                }
            }

            public int LineOf(int offset)
            {
                int index = _starts.BinarySearch(offset);
                return (index >= 0 ? index : ~index - 1) + 1;
            }
        }

        /// <summary>Every link destination, image source, code span and HTML fragment, as CommonMark reads them.</summary>
        internal static List<string> Inventory(string text)
        {
            var items = new List<string>();
            MarkdownDocument document = Markdig.Markdown.Parse(text, CommonMark);
            foreach (MarkdownObject node in document.Descendants())
            {
                switch (node)
                {
                    case LinkInline link:
                        items.Add((link.IsImage ? "image " : "link ") + link.Url);
                        break;
                    case AutolinkInline autolink:
                        items.Add("link " + autolink.Url);
                        break;
                    case CodeInline code:
                        items.Add("code `" + code.Content + "`");
                        break;
                    case HtmlInline html:
                        items.Add("html " + html.Tag);
                        break;
                    case HtmlBlock block:
                        items.Add("html block " + string.Join("\n", block.Lines.Lines.Take(block.Lines.Count).Select(l => l.Slice.ToString())));
                        break;
                }
            }

            return items;
        }
    }
}
