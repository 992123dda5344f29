using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using NewsletterLinter.Parsing.Markdown;
using NewsletterLinter.Parsing.Model;
using NewsletterLinter.Parsing.Taxonomy;

namespace NewsletterLinter.Cli.Output
{
    /// <summary>
    /// The newsletter's record regenerated: one row per summary in the columns and spelling of its
    /// database spreadsheet (<see cref="Columns"/>), RFC 4180 (every field quoted where it needs to
    /// be, quotes doubled, CRLF between rows). <c>Summary</c> and <c>My opinion</c> are Markdown;
    /// the columns the issues do not carry stay empty. A field that a spreadsheet would run as a
    /// formula (one starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return)
    /// starts with an apostrophe, so an issue's text never becomes code in the spreadsheet.
    /// </summary>
    internal static class IssueCsvWriter
    {
        /// <summary>The record's columns, in its order.</summary>
        public static readonly string[] Columns = { "Category", "Highlight?", "Title", "Authors", "Venue", "Year", "H/T", "Email", "Summarizer", "Summary", "My opinion", "Prerequisites", "Read more", "URL" };

        public static void Write(TextWriter output, IEnumerable<(IssueDocument Issue, string Text)> issues, SectionTaxonomy taxonomy)
        {
            WriteRow(output, Columns);
            foreach ((IssueDocument issue, string text) in issues)
            {
                string view = MarkdownSource.View(text);
                foreach (Summary summary in issue.Summaries)
                {
                    WriteRow(output, Row(issue, summary, view, taxonomy));
                }
            }
        }

        private static string[] Row(IssueDocument issue, Summary summary, string view, SectionTaxonomy taxonomy)
        {
            string markdown = MarkdownSource.Body(view, summary);
            return new[]
            {
                RecordCategory.Of(summary, taxonomy) ?? string.Empty,
                summary.IsHighlight ? "Highlight" : string.Empty,
                summary.Title,
                string.Join(", ", summary.Authors),
                string.Empty,
                string.Empty,
                string.Join(", ", summary.HatTips),
                issue.Number is { } number ? "AN #" + number.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty,
                string.Join(", ", summary.Summarizers),
                markdown,
                string.Join("\n\n", summary.Opinions.Select(o => MarkdownSource.Text(view, o))),
                MarkdownSource.Prerequisites(markdown) ?? string.Empty,
                string.Join("; ", summary.ReadMore.Select(l => l.Url is null ? l.Text : $"[{l.Text}]({RelativeLinks.Absolute(l.Url)})")),
                RecordUrl(summary.Url),
            };
        }

        /// <summary>The work's address as the record writes it: absolute, without a fragment (none of its URLs has one).</summary>
        private static string RecordUrl(string? url)
        {
            string absolute = RelativeLinks.Absolute(url) ?? string.Empty;
            int fragment = absolute.IndexOf('#');
            return fragment < 0 ? absolute : absolute.Substring(0, fragment);
        }

        private static void WriteRow(TextWriter output, IReadOnlyList<string> fields)
        {
            var line = new StringBuilder();
            for (int i = 0; i < fields.Count; i++)
            {
                if (i > 0)
                {
                    line.Append(',');
                }

                line.Append(Field(fields[i]));
            }

            output.Write(line.Append("\r\n").ToString());
        }

        /// <summary>One field: neutralized when a spreadsheet would read it as a formula, quoted when it holds a comma, a quote or a line break.</summary>
        internal static string Field(string value)
        {
            if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
            {
                value = "'" + value;
            }

            return value.IndexOfAny(new[] { ',', '"', '\r', '\n' }) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
        }
    }
}
