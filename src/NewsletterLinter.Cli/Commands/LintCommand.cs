using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using NewsletterLinter.Cli.Configuration;
using NewsletterLinter.Cli.Output;
using NewsletterLinter.Parsing.Model;
using NewsletterLinter.Parsing.Rules;

namespace NewsletterLinter.Cli.Commands
{
    /// <summary><c>lint</c>: the rule catalog over files and folders, in the format CI wants.</summary>
    internal static class LintCommand
    {
        private const string Help = """
            newsletter-lint lint <files or folders>... [options]

            Checks every issue (files as given, *.md under folders, bin/ and obj/ excluded) against
            the rule catalog, with the same rules and messages as the build's analyzers.

            Options:
              --format <f>             text (default), msbuild, sarif, github or json
              --config <file>          a newsletter-lint.json; by default the nearest one above the first input
              --external <range>       issue numbers that exist elsewhere, such as 1-173
              --editor <name>          who 'My opinion:' belongs to (default Rohin)
              --opinion-sections <s>   sections whose summaries need an opinion (default HIGHLIGHTS)
              --header-style <s>       consistent (default), setext, atx or plain
              --taxonomy <file>        a section taxonomy replacing the built-in one
              --warnaserror            report every warning as an error

            newsletter-lint.json holds the same keys as the MSBuild properties, and severities:
              { "NewsletterExternalIssues": "1-173", "Severity": { "AN2001": "error", "AN3007": "none" } }

            Exit codes: 0 no error-level finding, 1 error-level findings, 2 bad arguments or unreadable input.
            """;

        private static readonly Dictionary<string, IFindingWriter> Writers = new(StringComparer.OrdinalIgnoreCase)
        {
            ["text"] = new TextFindingWriter(),
            ["msbuild"] = new MsBuildFindingWriter(),
            ["sarif"] = new SarifFindingWriter(),
            ["github"] = new GitHubFindingWriter(),
            ["json"] = new JsonFindingWriter(),
        };

        private static readonly Dictionary<string, string> OptionKeys = new()
        {
            ["--external"] = RuleOptions.Keys.ExternalIssues,
            ["--editor"] = RuleOptions.Keys.Editor,
            ["--opinion-sections"] = RuleOptions.Keys.OpinionSections,
            ["--header-style"] = RuleOptions.Keys.HeaderStyle,
            ["--taxonomy"] = RuleOptions.Keys.TaxonomyFile,
        };

        public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
        {
            var inputs = new List<string>();
            var overrides = new Dictionary<string, string>();
            string format = "text";
            string? configPath = null;
            bool warningsAsErrors = false;
            for (int i = 0; i < args.Length; i++)
            {
                string arg = args[i];
                if (arg is "--help" or "-h")
                {
                    stdout.WriteLine(Help);
                    return CommandLine.Success;
                }

                if (arg == "--warnaserror")
                {
                    warningsAsErrors = true;
                    continue;
                }

                if (arg is "--format" or "--config" || OptionKeys.ContainsKey(arg))
                {
                    if (i + 1 >= args.Length)
                    {
                        return CommandLine.Fail(stderr, $"{arg} needs a value.");
                    }

                    string value = args[++i];
                    if (arg == "--format")
                    {
                        format = value;
                    }
                    else if (arg == "--config")
                    {
                        configPath = value;
                    }
                    else
                    {
                        overrides[OptionKeys[arg]] = value;
                    }

                    continue;
                }

                if (arg.StartsWith("-", StringComparison.Ordinal))
                {
                    return CommandLine.Fail(stderr, $"Unknown option '{arg}' for lint. Run 'newsletter-lint lint --help'.");
                }

                inputs.Add(arg);
            }

            if (!Writers.TryGetValue(format, out IFindingWriter? writer))
            {
                return CommandLine.Fail(stderr, $"Unknown format '{format}'; expected text, msbuild, sarif, github or json.");
            }

            if (inputs.Count == 0)
            {
                return CommandLine.Fail(stderr, "lint needs at least one file or folder.");
            }

            List<string> files = IssueFiles.Expand(inputs, out List<string> missing);
            if (missing.Count > 0)
            {
                return CommandLine.Fail(stderr, "No such file or folder: " + string.Join(", ", missing));
            }

            configPath ??= LintConfiguration.Find(inputs[0]);
            LintConfiguration configuration = LintConfiguration.Empty();
            if (configPath is not null)
            {
                if (!File.Exists(configPath))
                {
                    return CommandLine.Fail(stderr, $"Configuration file '{configPath}' does not exist.");
                }

                configuration = LintConfiguration.Load(configPath, out string? configError);
                if (configError is not null)
                {
                    return CommandLine.Fail(stderr, configError);
                }
            }

            foreach (KeyValuePair<string, string> pair in overrides)
            {
                configuration.Values[pair.Key] = pair.Value;
            }

            RuleOptions options = RuleOptions.FromValues(
                key => configuration.Values.TryGetValue(key, out string? v) ? v : null,
                path => File.Exists(path) ? File.ReadAllText(path) : null,
                out List<string> optionErrors);
            if (optionErrors.Count > 0)
            {
                return CommandLine.Fail(stderr, string.Join(Environment.NewLine + "error: ", optionErrors));
            }

            var readable = new List<(string Path, string Text)>();
            var findings = new List<Finding>();
            int unreadable = 0;
            foreach (string file in files)
            {
                IssueFile read = IssueFiles.Read(file);
                if (read.Text is null)
                {
                    unreadable++;
                    stderr.WriteLine($"error: {read.DisplayPath}: {read.Error}");
                    findings.Add(new Finding(RuleIds.UnreadableFile, read.DisplayPath, SourceSpan.None, read.Error!));
                    continue;
                }

                readable.Add((read.DisplayPath, read.Text));
            }

            foreach ((IssueDocument _, IReadOnlyList<Finding> issueFindings) in IssueRules.CheckAll(readable, options))
            {
                findings.AddRange(issueFindings);
            }

            List<ReportedFinding> reported = findings
                .Select(f => Report(f, configuration, warningsAsErrors))
                .Where(r => r is not null)
                .Select(r => r!)
                .ToList();
            writer.Write(reported, files.Count, stdout);
            if (unreadable > 0)
            {
                return CommandLine.BadInput;
            }

            return reported.Any(r => r.Severity == RuleSeverity.Error) ? CommandLine.Findings : CommandLine.Success;
        }

        /// <summary>The finding with its configured severity; null when the configuration turns the rule off.</summary>
        private static ReportedFinding? Report(Finding finding, LintConfiguration configuration, bool warningsAsErrors)
        {
            RuleSeverity severity = finding.Rule.DefaultSeverity;
            if (configuration.Severities.TryGetValue(finding.RuleId, out string? level))
            {
                switch (level)
                {
                    case "none": return null;
                    case "error": severity = RuleSeverity.Error; break;
                    case "warning": severity = RuleSeverity.Warning; break;
                    default: severity = RuleSeverity.Suggestion; break;
                }
            }

            if (warningsAsErrors && severity == RuleSeverity.Warning)
            {
                severity = RuleSeverity.Error;
            }

            return new ReportedFinding(finding, severity);
        }
    }
}
