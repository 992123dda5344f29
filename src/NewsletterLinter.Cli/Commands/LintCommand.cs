using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using NewsletterLinter.Cli.Output;
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
            var cache = new CacheOptions();
            check.AddTo(command);
            cache.AddTo(command);
            command.SetAction(result =>
            {
                TextWriter stdout = result.InvocationConfiguration.Output;
                TextWriter stderr = result.InvocationConfiguration.Error;
                if (check.Resolve(result, stderr) is not { } setup)
                {
                    return CommandLine.BadInput;
                }

                LintCache? lintCache = cache.Open(result, setup, stderr);
                var reporter = new FindingReporter(setup);
                CheckRun.Run(setup.Files, setup.Options, stderr, "Checking", (file, findings) => reporter.AddChecked(file, findings, stderr), lintCache, textWithFindings: reporter.NeedsText);

                lintCache?.Save(stderr);

                reporter.Summarize(stderr);
                List<ReportedFinding> reported = reporter.Reported;
                setup.Writer.Write(reported, setup.Files.Count, stdout);
                return CheckSetup.ExitCode(reported, reporter.Unreadable > 0);
            });
            return command;
        }
    }
}
