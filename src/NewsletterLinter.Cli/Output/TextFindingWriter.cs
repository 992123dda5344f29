using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace NewsletterLinter.Cli.Output
{
    /// <summary>Findings grouped by file, for people reading a terminal.</summary>
    internal sealed class TextFindingWriter : IFindingWriter
    {
        public void Write(IReadOnlyList<ReportedFinding> findings, int issueCount, TextWriter output)
        {
            foreach (IGrouping<string, ReportedFinding> file in findings.GroupBy(f => f.Finding.Path))
            {
                output.WriteLine(file.Key);
                foreach (ReportedFinding reported in file)
                {
                    var f = reported.Finding;
                    output.WriteLine($"  {f.Span.Line}:{f.Span.Column,-4} {reported.SeverityWord,-7} {f.RuleId}  {f.Message}");
                }

                output.WriteLine();
            }

            int errors = findings.Count(f => f.SeverityWord == "error");
            int warnings = findings.Count(f => f.SeverityWord == "warning");
            int suggestions = findings.Count - errors - warnings;
            output.WriteLine($"{Plural.Of(issueCount, "issue")} checked: {Plural.Of(errors, "error")}, {Plural.Of(warnings, "warning")}, {Plural.Of(suggestions, "suggestion")}.");
        }
    }
}
