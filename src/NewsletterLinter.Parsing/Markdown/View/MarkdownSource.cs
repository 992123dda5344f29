using System;
using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;
using NewsletterLinter.Parsing.Model;

namespace NewsletterLinter.Parsing.Markdown
{
    /// <summary>
    /// The Markdown of a summary's body or an opinion, as the issue wrote it: a slice of the issue's
    /// view at the span the parser recorded (no second parse), so the email form's table scaffolding
    /// is already spaces; title brackets are put back, white space ending a line is dropped, and the
    /// indentation the lines share (a table cell's) is removed, and root-relative link destinations
    /// are made absolute (<see cref="RelativeLinks"/>).
    /// </summary>
    internal static class MarkdownSource
    {
        /// <summary>The view of <paramref name="text"/> that slices are taken from (its offsets are the text's).</summary>
        public static string View(string text) => MarkdownView.Prepare(text).Text;

        /// <summary>The Markdown of <paramref name="summary"/>'s body.</summary>
        public static string Body(string view, Summary summary)
            => summary.HasBody ? Slice(view, summary.BodySpan.Offset, summary.BodySpan.End) : string.Empty;

        /// <summary>The Markdown of <paramref name="opinion"/>'s text, after its label.</summary>
        public static string Text(string view, Opinion opinion) => Slice(view, opinion.LabelSpan.End, opinion.Span.End);

        private static readonly Regex PrerequisitesLabel = new(@"^[*_]*Prerequisites?\s*:\s*[*_]*\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Multiline, TimeSpan.FromSeconds(1));

        /// <summary>What a body's <c>Prerequisites:</c> paragraph names, as Markdown, or null when it has none.</summary>
        public static string? Prerequisites(string bodyMarkdown)
        {
            Match label = PrerequisitesLabel.Match(bodyMarkdown);
            if (!label.Success)
            {
                return null;
            }

            int start = label.Index + label.Length;
            int end = bodyMarkdown.IndexOf("\n\n", start, StringComparison.Ordinal);
            return bodyMarkdown.Substring(start, (end < 0 ? bodyMarkdown.Length : end) - start).Trim();
        }

        /// <summary>The slice from <paramref name="start"/> to <paramref name="end"/>, cleaned as the class says.</summary>
        public static string Slice(string view, int start, int end)
        {
            start = Math.Max(0, Math.Min(start, view.Length));
            end = Math.Max(start, Math.Min(end, view.Length));
            string[] lines = view.Substring(start, end - start).Replace("\r\n", "\n").Replace(MarkdownView.TitleBracketMask, '[').Split('\n');
            int shared = int.MaxValue;
            for (int i = 1; i < lines.Length; i++)
            {
                string line = lines[i].TrimEnd();
                if (line.Length > 0)
                {
                    shared = Math.Min(shared, line.Length - line.TrimStart(' ').Length);
                }
            }

            var markdown = new StringBuilder(end - start);
            for (int i = 0; i < lines.Length; i++)
            {
                string line = lines[i].TrimEnd();
                line = i == 0 ? line.TrimStart() : line.Length >= shared && shared != int.MaxValue ? line.Substring(shared) : line.TrimStart(' ');
                markdown.Append(line).Append('\n');
            }

            return RelativeLinks.Resolve(markdown.ToString().Trim());
        }
    }
}
