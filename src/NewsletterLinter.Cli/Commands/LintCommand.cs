using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using NewsletterLinter.Cli.Output;
using NewsletterLinter.Parsing.Model;
using NewsletterLinter.Parsing.Rules;

namespace NewsletterLinter.Cli.Commands
{
    /// <summary><c>lint</c>: the rule catalog over files and folders, in the format CI wants.</summary>
    internal static class LintCommand
    {
        public static Command Create()
        {
            var check = new CheckOptions();
            var command = new Command("lint", "Check every issue against the rule catalog, with the same rules and messages as the build's analyzers. Exit codes: 0 no error-level finding, 1 error-level findings, 2 bad arguments or unreadable input.");
            check.AddTo(command);
            command.SetAction(result =>
            {
                TextWriter stdout = result.InvocationConfiguration.Output;
                TextWriter stderr = result.InvocationConfiguration.Error;
                if (check.Resolve(result, stderr) is not { } setup)
                {
                    return CommandLine.BadInput;
                }

                (List<IssueFile> readable, List<Finding> unreadable) = setup.ReadAll(stderr, "Reading");
                var findings = unreadable.Select(f => (f, string.Empty)).ToList();
                var texts = readable.ToDictionary(f => f.DisplayPath, f => f.Text!);
                foreach ((IssueDocument issue, IReadOnlyList<Finding> issueFindings) in IssueRules.CheckAll(readable.Select(f => (f.DisplayPath, f.Text!)), setup.Options))
                {
                    findings.AddRange(issueFindings.Select(f => (f, texts[issue.Path])));
                }

                List<ReportedFinding> reported = setup.Reportable(findings, stderr);
                setup.Writer.Write(reported, setup.Files.Count, stdout);
                return CheckSetup.ExitCode(reported, unreadable.Count > 0);
            });
            return command;
        }
    }
}
