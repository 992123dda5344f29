using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using NewsletterLinter.Cli.Output;
using NewsletterLinter.Parsing.Fixing;
using NewsletterLinter.Parsing.Model;
using NewsletterLinter.Parsing.Rules;

namespace NewsletterLinter.Cli.Commands
{
    /// <summary><c>fix</c>: apply every fix the rules compute, repeat until none is left, and report what remains.</summary>
    internal static class FixCommand
    {
        public static Command Create()
        {
            var check = new CheckOptions();
            var dryRun = new Option<bool>("--dry-run") { Description = "Write nothing; print what would be fixed." };
            var diff = new Option<bool>("--diff") { Description = "Print the changes as a unified diff on standard output and write nothing (implies --dry-run; the report goes to standard error). git apply of the diff gives what fix would write." };
            var checkOnly = new Option<bool>("--check") { Description = "Write nothing; list the files that would change on standard error and exit 1 when any would, 0 when none would (2 on bad input)." };
            var rules = new Option<string[]>("--rule") { Description = "Fix only these rules, such as AN3005,AN1003 (comma-separated or repeated).", HelpName = "ids", AllowMultipleArgumentsPerToken = true };
            rules.Validators.Add(result =>
            {
                foreach (string id in Split(result.GetValueOrDefault<string[]>()))
                {
                    if (!RuleCatalog.All.Any(r => r.Id == id))
                    {
                        result.AddError($"Unknown rule '{id}' for --rule; rules with fixes: {string.Join(", ", RuleCatalog.All.Where(r => r.IsFixable).Select(r => r.Id))}.");
                    }
                    else if (!RuleCatalog.Get(id).IsFixable)
                    {
                        result.AddError($"Rule {id} has no fix; rules with fixes: {string.Join(", ", RuleCatalog.All.Where(r => r.IsFixable).Select(r => r.Id))}.");
                    }
                }
            });

            var cache = new CacheOptions();
            var command = new Command("fix", "Repair every finding that carries a fix (the same edits as the IDE's code fixes), check again and repeat until none is left; then report per file and rule what was fixed and what was not, and the findings that remain. Each file is replaced atomically in its own encoding, byte order mark and line endings; unreadable files are never written. --diff and --check preview and write nothing. With --cache, an archive whose unchanged files have nothing to fix is checked from the cache and not parsed again. Exit codes as lint.");
            check.AddTo(command);
            cache.AddTo(command);
            command.Options.Add(dryRun);
            command.Options.Add(diff);
            command.Options.Add(checkOnly);
            command.Options.Add(rules);
            command.SetAction(result =>
            {
                if (check.Resolve(result, result.InvocationConfiguration.Error) is not { } setup)
                {
                    return CommandLine.BadInput;
                }

                bool showDiff = result.GetValue(diff);
                bool checking = result.GetValue(checkOnly);
                var request = new FixRequest(
                    setup,
                    result.InvocationConfiguration.Output,
                    result.InvocationConfiguration.Error,
                    Dry: result.GetValue(dryRun) || showDiff || checking,
                    showDiff,
                    checking,
                    new HashSet<string>(Split(result.GetValue(rules)), StringComparer.Ordinal));
                return cache.Open(result, setup, request.Stderr) is { } lintCache && FromCache(request, lintCache) is { } code ? code : Repair(request);
            });
            return command;
        }

        /// <summary>What one <c>fix</c> is asked to do, and where it writes.</summary>
        private sealed record FixRequest(CheckSetup Setup, TextWriter Stdout, TextWriter Stderr, bool Dry, bool ShowDiff, bool Checking, HashSet<string> Only)
        {
            /// <summary>Where the report goes: where it does not mix with machine-read output.</summary>
            public TextWriter Report => ShowDiff || Checking || Setup.Format != "text" ? Stderr : Stdout;

            /// <summary>Where the findings go.</summary>
            public TextWriter Findings => ShowDiff ? Stderr : Stdout;

            /// <summary>Whether a finding is one this run repairs.</summary>
            public bool Selected(Finding finding) => (Only.Count == 0 || Only.Contains(finding.RuleId)) && Setup.Report(finding) is not null;
        }

        /// <summary>
        /// A cached check first: when no file has anything to fix (the common rerun), that check is
        /// the whole answer and nothing is parsed again (the exit code); otherwise null, and the repair
        /// works on the whole archive, as without the cache.
        /// </summary>
        private static int? FromCache(FixRequest request, LintCache lintCache)
        {
            if (NothingToFix(request.Setup, lintCache, request.Stderr, request.Selected) is not { } reporter)
            {
                return null;
            }

            if (request.Checking)
            {
                request.Report.WriteLine("Nothing to fix.");
                return reporter.Unreadable > 0 ? CommandLine.BadInput : 0;
            }

            request.Report.WriteLine(request.Dry ? "0 findings in 0 files would be fixed; nothing was written." : "Fixed 0 findings in 0 files.");
            reporter.Summarize(request.Stderr);
            request.Setup.Writer.Write(reporter.Reported, request.Setup.Files.Count, request.Findings);
            return CheckSetup.ExitCode(reporter.Reported, reporter.Unreadable > 0);
        }

        /// <summary>Repairs the archive, writes (or previews) each changed file, and reports what remains.</summary>
        private static int Repair(FixRequest request)
        {
            CheckSetup setup = request.Setup;
            (List<IssueFile> readable, List<Finding> unreadable) = setup.ReadAll(request.Stderr, "Reading");
            FixRun run = IssueFixer.Fix(readable.Select(f => (f.DisplayPath, f.Text!)).ToList(), setup.Options, request.Selected, Environment.ProcessorCount);
            if (request.Checking)
            {
                return Check(run, readable, request.Stdout, request.Stderr, request.ShowDiff, unreadable.Count > 0);
            }

            (int changedFiles, int failed) = WriteFixed(request, run, readable);
            ReportUnfixed(request, run);
            int fixedCount = run.Issues.Sum(i => i.Fixed.Values.Sum());
            request.Report.WriteLine(request.Dry
                ? $"{Plural.Of(fixedCount, "finding")} in {Plural.Of(changedFiles, "file")} would be fixed; nothing was written."
                : $"Fixed {Plural.Of(fixedCount, "finding")} in {Plural.Of(changedFiles - failed, "file")}{(failed > 0 ? $"; {Plural.Of(failed, "file")} could not be written" : string.Empty)}.");

            var texts = run.Issues.ToDictionary(i => i.Path, i => i.Text);
            var remaining = unreadable.Select(f => (f, string.Empty)).ToList();
            foreach ((IssueDocument issue, IReadOnlyList<Finding> findings) in run.Remaining)
            {
                remaining.AddRange(findings.Select(f => (f, texts[issue.Path])));
            }

            List<ReportedFinding> reported = setup.Reportable(remaining, request.Stderr);
            setup.Writer.Write(reported, setup.Files.Count, request.Findings);
            return CheckSetup.ExitCode(reported, unreadable.Count > 0 || failed > 0);
        }

        /// <summary>Writes each changed issue (or its diff, or what would be fixed); how many changed and how many could not be written.</summary>
        private static (int Changed, int Failed) WriteFixed(FixRequest request, FixRun run, List<IssueFile> readable)
        {
            int failed = 0;
            int changedFiles = 0;
            for (int i = 0; i < run.Issues.Count; i++)
            {
                FixedIssue issue = run.Issues[i];
                if (!issue.Changed)
                {
                    continue;
                }

                changedFiles++;
                if (request.ShowDiff)
                {
                    WriteDiff(request.Stdout, readable[i], issue);
                }

                string fixedList = string.Join(", ", issue.Fixed.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} x{p.Value}"));
                if (request.Dry)
                {
                    request.Report.WriteLine($"{issue.Path}: would fix {fixedList}");
                    continue;
                }

                if (IssueFiles.Write(readable[i], issue.Text) is { } error)
                {
                    failed++;
                    request.Stderr.WriteLine("error: " + error);
                    continue;
                }

                request.Report.WriteLine($"{issue.Path}: fixed {fixedList}");
            }

            return (changedFiles, failed);
        }

        /// <summary>The findings with a fix that the repair could not apply, per file and rule.</summary>
        private static void ReportUnfixed(FixRequest request, FixRun run)
        {
            foreach ((IssueDocument issue, IReadOnlyList<Finding> findings) in run.Remaining)
            {
                var unfixed = findings.Where(f => f.Fix is not null && request.Selected(f)).ToList();
                if (unfixed.Count > 0)
                {
                    string list = string.Join(", ", unfixed.GroupBy(f => f.RuleId).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} x{g.Count()}"));
                    request.Report.WriteLine($"{issue.Path}: could not fix {list}");
                }
            }

            if (!run.Converged)
            {
                request.Report.WriteLine($"The fixes did not converge: after {Plural.Of(run.Passes, "pass", "passes")} some findings still carry a fix that could not be applied; they are listed above.");
            }
        }

        /// <summary>
        /// <c>--check</c>: what would change, on standard error (and the diff on standard output with
        /// <c>--diff</c>); 1 when a file would change, 0 when none would, 2 when a file could not be read.
        /// </summary>
        private static int Check(FixRun run, List<IssueFile> readable, TextWriter stdout, TextWriter stderr, bool showDiff, bool unreadable)
        {
            int changed = 0;
            for (int i = 0; i < run.Issues.Count; i++)
            {
                FixedIssue issue = run.Issues[i];
                if (!issue.Changed)
                {
                    continue;
                }

                changed++;
                if (showDiff)
                {
                    WriteDiff(stdout, readable[i], issue);
                }

                stderr.WriteLine($"would fix {issue.Path} ({string.Join(", ", issue.Fixed.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} x{p.Value}"))})");
            }

            stderr.WriteLine(changed == 0 ? "Nothing to fix." : $"{Plural.Of(changed, "file")} would be fixed; nothing was written.");
            return unreadable ? CommandLine.BadInput : changed > 0 ? 1 : 0;
        }

        /// <summary>
        /// Checks the archive through <paramref name="cache"/> (saved afterwards); the findings to
        /// report when none of them is one to fix, or null when a repair is needed.
        /// </summary>
        private static FindingReporter? NothingToFix(CheckSetup setup, LintCache cache, TextWriter stderr, Func<Finding, bool> selected)
        {
            var reporter = new FindingReporter(setup);
            bool fixable = false;

            // An unreadable file's error is written once: here when this check is the answer, by the
            // repair's own reading otherwise.
            var unreadableErrors = new StringWriter();
            CheckRun.Run(setup.Files, setup.Options, stderr, "Checking", (file, findings) =>
            {
                fixable |= findings is not null && findings.Any(f => f.Fix is not null && selected(f));
                reporter.AddChecked(file, findings, unreadableErrors);
            }, cache, textWithFindings: reporter.NeedsText);
            cache.Save(stderr);
            if (fixable)
            {
                return null;
            }

            stderr.Write(unreadableErrors.ToString());
            return reporter;
        }

        /// <summary>The diff of one fixed issue; a byte order mark stays on the first line, where <c>git apply</c> finds it in the file.</summary>
        private static void WriteDiff(TextWriter output, IssueFile file, FixedIssue issue)
        {
            string mark = file.HasByteOrderMark ? "\uFEFF" : string.Empty;
            UnifiedDiff.Write(output, DiffPath(issue.Path), mark + issue.OriginalText, mark + issue.Text);
        }

        /// <summary>The path as a diff names it: relative, with <c>/</c>, no leading <c>./</c>.</summary>
        private static string DiffPath(string path)
        {
            string relative = Path.IsPathRooted(path) ? Path.GetRelativePath(Directory.GetCurrentDirectory(), path) : path;
            relative = relative.Replace('\\', '/');
            while (relative.StartsWith("./", StringComparison.Ordinal))
            {
                relative = relative.Substring(2);
            }

            return relative;
        }

        private static IEnumerable<string> Split(string[]? values)
            => (values ?? Array.Empty<string>()).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Select(v => v.ToUpperInvariant());
    }
}
