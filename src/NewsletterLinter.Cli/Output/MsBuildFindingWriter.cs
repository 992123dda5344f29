using System.Collections.Generic;
using System.IO;

namespace NewsletterLinter.Cli.Output
{
    /// <summary><c>path(line,col): warning AN1001: message</c>, the form <c>dotnet build</c> prints and editors parse.</summary>
    internal sealed class MsBuildFindingWriter : IFindingWriter
    {
        public void Write(IReadOnlyList<ReportedFinding> findings, int issueCount, TextWriter output)
        {
            foreach (ReportedFinding reported in findings)
            {
                var f = reported.Finding;
                output.WriteLine($"{f.Path}({f.Span.Line},{f.Span.Column}): {reported.SeverityWord} {f.RuleId}: {f.Message}");
            }
        }
    }
}
