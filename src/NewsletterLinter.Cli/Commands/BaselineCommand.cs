using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using NewsletterLinter.Cli.Output;
using NewsletterLinter.Parsing.Corpus;
using NewsletterLinter.Parsing.Rules;

namespace NewsletterLinter.Cli.Commands
{
    /// <summary><c>baseline</c>: accept today's findings, so that CI fails only on new ones.</summary>
    internal static class BaselineCommand
    {
        public static Command Create()
        {
            var check = new CheckOptions();
            var output = new Option<string?>("--output", "-o") { Description = $"Where to write the baseline; by default {Baseline.FileName} in the first input folder (or the folder of the first input file).", HelpName = "file" };
            var command = new Command("baseline", $"Write the current findings to a baseline file ({Baseline.FileName}). 'lint', 'fix' and the build then report only findings that are not in it, and name the entries that no longer match any finding. Exit codes: 0 written, 2 bad arguments, unreadable input or a baseline that cannot be written.");
            check.AddTo(command, format: false, baseline: false);
            command.Options.Add(output);
            command.SetAction(result =>
            {
                TextWriter stdout = result.InvocationConfiguration.Output;
                TextWriter stderr = result.InvocationConfiguration.Error;
                if (check.Resolve(result, stderr) is not { } setup)
                {
                    return CommandLine.BadInput;
                }

                string first = result.GetValue(check.Inputs)![0];
                string path = Path.GetFullPath(result.GetValue(output) ?? Path.Combine(Directory.Exists(first) ? first : Path.GetDirectoryName(Path.GetFullPath(first))!, Baseline.FileName));
                string directory = Path.GetDirectoryName(path)!;
                var entries = new List<BaselineEntry>();
                int issues = 0, unreadable = 0;
                CheckRun.Run(setup.Files, setup.Options, stderr, "Checking", (file, findings) =>
                {
                    if (findings is null)
                    {
                        unreadable++;
                        CheckSetup.Unreadable(file, stderr);
                        return;
                    }

                    issues++;
                    entries.AddRange(findings.Where(f => setup.Report(f) is not null).Select(f => Baseline.Entry(f with { Path = Path.GetFullPath(f.Path) }, file.Text!, directory)));
                });

                Baseline baseline = Baseline.FromEntries(entries);
                try
                {
                    File.WriteAllText(path, baseline.Write());
                }
                catch (System.Exception exception) when (exception is IOException or System.UnauthorizedAccessException)
                {
                    return CommandLine.Fail(stderr, $"{path}: the baseline cannot be written ({exception.Message}).");
                }

                stdout.WriteLine($"Wrote {Plural.Of(baseline.Entries.Count, "finding")} of {Plural.Of(issues, "issue")} to {path}.");
                foreach (var rule in baseline.Entries.GroupBy(e => e.RuleId).OrderBy(g => g.Key, System.StringComparer.Ordinal))
                {
                    stdout.WriteLine($"  {rule.Key}: {rule.Count()}");
                }

                return unreadable > 0 ? CommandLine.BadInput : CommandLine.Success;
            });
            return command;
        }
    }
}
