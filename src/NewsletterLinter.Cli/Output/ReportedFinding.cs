using NewsletterLinter.Parsing.Rules;

namespace NewsletterLinter.Cli.Output
{
    /// <summary>A finding with the severity the configuration gives it.</summary>
    internal sealed record ReportedFinding(Finding Finding, RuleSeverity Severity)
    {
        /// <summary>The severity as MSBuild and the compiler write it.</summary>
        public string SeverityWord => Severity switch
        {
            RuleSeverity.Error => "error",
            RuleSeverity.Warning => "warning",
            _ => "info",
        };
    }

    /// <summary>Writes findings in one output format.</summary>
    internal interface IFindingWriter
    {
        void Write(System.Collections.Generic.IReadOnlyList<ReportedFinding> findings, int issueCount, System.IO.TextWriter output);
    }
}
