using System.Collections.Generic;
using System.IO;

namespace NewsletterLinter.Cli.Output
{
    /// <summary>GitHub Actions workflow commands, which the runner shows as annotations on the files.</summary>
    internal sealed class GitHubFindingWriter : IFindingWriter
    {
        public void Write(IReadOnlyList<ReportedFinding> findings, int issueCount, TextWriter output)
        {
            foreach (ReportedFinding reported in findings)
            {
                var f = reported.Finding;
                string command = reported.SeverityWord switch
                {
                    "error" => "error",
                    "warning" => "warning",
                    _ => "notice",
                };
                output.WriteLine(
                    $"::{command} file={Property(f.Path)},line={f.Span.Line},col={f.Span.Column},endLine={f.Span.EndLine},endColumn={f.Span.EndColumn},title={Property(f.RuleId + " " + f.Rule.Title)}::{Data(f.Message)}");
            }
        }

        /// <summary>Escapes a workflow command's message.</summary>
        private static string Data(string value) => value.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

        /// <summary>Escapes a workflow command's property value.</summary>
        private static string Property(string value) => Data(value).Replace(":", "%3A").Replace(",", "%2C");
    }
}
