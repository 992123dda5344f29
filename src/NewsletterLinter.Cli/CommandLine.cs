using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using NewsletterLinter.Parsing;
using NewsletterLinter.Parsing.Model;
using NewsletterLinter.Parsing.Rules;

namespace NewsletterLinter.Cli
{
    /// <summary>Parses arguments and dispatches to the commands.</summary>
    public static class CommandLine
    {
        /// <summary>Exit code: success.</summary>
        public const int Success = 0;

        /// <summary>Exit code: error-level findings.</summary>
        public const int Findings = 1;

        /// <summary>Exit code: bad arguments or unreadable input.</summary>
        public const int BadInput = 2;

        private const string Usage = """
            newsletter-lint: lint Alignment Newsletter issues and export them as JSON.

            Usage:
              newsletter-lint lint <files or folders>... [--external <range>] [--editor <name>]
              newsletter-lint export <files or folders>... [--output <file>]
              newsletter-lint --help

            Commands:
              lint     Check every issue against the rule catalog and print one line per finding:
                       path(line,col): severity id: message
                       --external 1-173   issue numbers that exist outside the given files
                       --editor Rohin     who 'My opinion' belongs to
              export   Parse every issue (*.md under folders) and write the JSON of all issues
                       (schema version 1) to standard output or to --output.

            Exit codes: 0 success (no error-level finding), 1 error-level findings,
                        2 bad arguments or unreadable input.
            """;

        /// <summary>Runs the command line with the given writers.</summary>
        public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
        {
            if (args.Length == 0 || args[0] is "--help" or "-h" or "help")
            {
                stdout.WriteLine(Usage);
                return args.Length == 0 ? BadInput : Success;
            }

            return args[0] switch
            {
                "export" => Export(args.Skip(1).ToArray(), stdout, stderr),
                "lint" => Lint(args.Skip(1).ToArray(), stdout, stderr),
                _ => Fail(stderr, $"Unknown command '{args[0]}'. Run 'newsletter-lint --help' for the commands."),
            };
        }

        private static int Export(string[] args, TextWriter stdout, TextWriter stderr)
        {
            var inputs = new List<string>();
            string? output = null;
            for (int i = 0; i < args.Length; i++)
            {
                switch (args[i])
                {
                    case "--help" or "-h":
                        stdout.WriteLine(Usage);
                        return Success;
                    case "--output" or "-o":
                        if (i + 1 >= args.Length)
                        {
                            return Fail(stderr, "--output needs a file name.");
                        }

                        output = args[++i];
                        break;
                    default:
                        if (args[i].StartsWith("-", StringComparison.Ordinal))
                        {
                            return Fail(stderr, $"Unknown option '{args[i]}' for export.");
                        }

                        inputs.Add(args[i]);
                        break;
                }
            }

            if (inputs.Count == 0)
            {
                return Fail(stderr, "export needs at least one file or folder.");
            }

            List<string> files = IssueFiles.Expand(inputs, out List<string> missing);
            if (missing.Count > 0)
            {
                return Fail(stderr, "No such file or folder: " + string.Join(", ", missing));
            }

            var issues = new List<IssueDocument>();
            int unreadable = 0;
            foreach (string file in files)
            {
                IssueFile read = IssueFiles.Read(file);
                if (read.Text is null)
                {
                    stderr.WriteLine($"{read.DisplayPath}: {read.Error}");
                    unreadable++;
                    continue;
                }

                issues.Add(IssueParser.Parse(read.Text, read.DisplayPath));
            }

            if (output is null)
            {
                using Stream stdoutStream = Console.OpenStandardOutput();
                if (ReferenceEquals(stdout, Console.Out))
                {
                    IssueJsonWriter.Write(stdoutStream, issues);
                }
                else
                {
                    using var buffer = new MemoryStream();
                    IssueJsonWriter.Write(buffer, issues);
                    stdout.Write(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
                }

                stdout.WriteLine();
            }
            else
            {
                using FileStream stream = File.Create(output);
                IssueJsonWriter.Write(stream, issues);
                stderr.WriteLine($"Wrote {issues.Count} issues with {issues.Sum(i => i.Summaries.Count)} summaries to {output}.");
            }

            return unreadable > 0 ? BadInput : Success;
        }

        private static int Lint(string[] args, TextWriter stdout, TextWriter stderr)
        {
            var inputs = new List<string>();
            var values = new Dictionary<string, string?>();
            for (int i = 0; i < args.Length; i++)
            {
                string arg = args[i];
                switch (arg)
                {
                    case "--help" or "-h":
                        stdout.WriteLine(Usage);
                        return Success;
                    case "--external" or "--editor" or "--opinion-sections" or "--header-style":
                        if (i + 1 >= args.Length)
                        {
                            return Fail(stderr, $"{arg} needs a value.");
                        }

                        string key = arg switch
                        {
                            "--external" => RuleOptions.Keys.ExternalIssues,
                            "--editor" => RuleOptions.Keys.Editor,
                            "--opinion-sections" => RuleOptions.Keys.OpinionSections,
                            _ => RuleOptions.Keys.HeaderStyle,
                        };
                        values[key] = args[++i];
                        break;
                    default:
                        if (arg.StartsWith("-", StringComparison.Ordinal))
                        {
                            return Fail(stderr, $"Unknown option '{arg}' for lint.");
                        }

                        inputs.Add(arg);
                        break;
                }
            }

            if (inputs.Count == 0)
            {
                return Fail(stderr, "lint needs at least one file or folder.");
            }

            RuleOptions options = RuleOptions.FromValues(k => values.TryGetValue(k, out string? v) ? v : null, File.Exists(values.GetValueOrDefault(RuleOptions.Keys.TaxonomyFile) ?? string.Empty) ? File.ReadAllText : null, out List<string> errors);
            if (errors.Count > 0)
            {
                return Fail(stderr, string.Join(Environment.NewLine, errors));
            }

            List<string> files = IssueFiles.Expand(inputs, out List<string> missing);
            if (missing.Count > 0)
            {
                return Fail(stderr, "No such file or folder: " + string.Join(", ", missing));
            }

            var readable = new List<(string Path, string Text)>();
            var findings = new List<Finding>();
            foreach (string file in files)
            {
                IssueFile read = IssueFiles.Read(file);
                if (read.Text is null)
                {
                    findings.Add(new Finding(RuleIds.UnreadableFile, read.DisplayPath, NewsletterLinter.Parsing.Model.SourceSpan.None, read.Error!));
                    continue;
                }

                readable.Add((read.DisplayPath, read.Text));
            }

            foreach ((IssueDocument _, IReadOnlyList<Finding> issueFindings) in IssueRules.CheckAll(readable, options))
            {
                findings.AddRange(issueFindings);
            }

            bool anyError = false;
            foreach (Finding finding in findings)
            {
                RuleSeverity severity = finding.Rule.DefaultSeverity;
                anyError |= severity == RuleSeverity.Error;
                stdout.WriteLine($"{finding.Path}({finding.Span.Line},{finding.Span.Column}): {SeverityWord(severity)} {finding.RuleId}: {finding.Message}");
            }

            stderr.WriteLine($"{files.Count} issues, {findings.Count} findings.");
            return anyError ? Findings : Success;
        }

        private static string SeverityWord(RuleSeverity severity) => severity switch
        {
            RuleSeverity.Error => "error",
            RuleSeverity.Warning => "warning",
            _ => "info",
        };

        private static int Fail(TextWriter stderr, string message)
        {
            stderr.WriteLine("error: " + message);
            return BadInput;
        }
    }
}
