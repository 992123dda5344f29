using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using NewsletterLinter.Cli.Configuration;
using NewsletterLinter.Cli.Output;
using NewsletterLinter.Parsing.Configuration;
using NewsletterLinter.Parsing.Corpus;
using NewsletterLinter.Parsing.Model;
using NewsletterLinter.Parsing.Rules;

namespace NewsletterLinter.Cli.Commands
{
    /// <summary>
    /// The inputs and options that <c>lint</c>, <c>fix</c> and <c>baseline</c> share: which issues, the
    /// rule options (the same keys as the MSBuild properties), the configuration file, severities and
    /// the baseline. One instance per command.
    /// </summary>
    internal sealed class CheckOptions
    {
        private static readonly string[] Formats = { "text", "msbuild", "sarif", "github", "json" };

        private static readonly Dictionary<string, IFindingWriter> Writers = new(StringComparer.OrdinalIgnoreCase)
        {
            ["text"] = new TextFindingWriter(),
            ["msbuild"] = new MsBuildFindingWriter(),
            ["sarif"] = new SarifFindingWriter(),
            ["github"] = new GitHubFindingWriter(),
            ["json"] = new JsonFindingWriter(),
        };

        public Argument<string[]> Inputs { get; } = new("inputs")
        {
            Description = "Issue files, or folders whose *.md files are issues (bin/, obj/ and hidden folders excluded).",
            Arity = ArgumentArity.OneOrMore,
        };

        public Option<string> Format { get; } = new("--format") { Description = "How findings are written: text, msbuild, sarif, github or json.", DefaultValueFactory = _ => "text", HelpName = "format" };

        public Option<string?> Config { get; } = new("--config") { Description = "A newsletter-lint.json; by default the nearest one in or above the first input.", HelpName = "file" };

        public Option<string?> External { get; } = new("--external") { Description = "Issue numbers that exist elsewhere, such as 1-173.", HelpName = "range" };

        public Option<string?> Editor { get; } = new("--editor") { Description = "Who 'My opinion:' belongs to (default Rohin).", HelpName = "name" };

        public Option<string?> OpinionSections { get; } = new("--opinion-sections") { Description = "Sections whose summaries need an opinion (default HIGHLIGHTS).", HelpName = "sections" };

        public Option<string?> HeaderStyle { get; } = new("--header-style") { Description = "consistent (default), setext, atx or plain.", HelpName = "style" };

        public Option<string?> HeadingLevels { get; } = new("--heading-levels") { Description = "Heading layouts such as highlights=2,sections=1,subsections=3 (default: learned from the issues).", HelpName = "layouts" };

        public Option<string?> Taxonomy { get; } = new("--taxonomy") { Description = "A section taxonomy file replacing the built-in one.", HelpName = "file" };

        public Option<bool> WarnAsError { get; } = new("--warnaserror") { Description = "Report every warning as an error." };

        public Option<string?> BaselineFile { get; } = new("--baseline") { Description = "A baseline file; by default the nearest newsletter-lint.baseline in or above the first input.", HelpName = "file" };

        public Option<bool> NoBaseline { get; } = new("--no-baseline") { Description = "Report every finding, baselined or not." };

        public CheckOptions()
        {
            Format.AcceptOnlyFromAmong(Formats);
            HeaderStyle.AcceptOnlyFromAmong("consistent", "setext", "atx", "plain");
            Inputs.Validators.Add(result =>
            {
                foreach (string input in result.GetValueOrDefault<string[]>() ?? Array.Empty<string>())
                {
                    if (!File.Exists(input) && !Directory.Exists(input))
                    {
                        result.AddError($"No such file or folder: {input}");
                    }
                }
            });
        }

        /// <summary>Adds the inputs and options to <paramref name="command"/>.</summary>
        public void AddTo(Command command, bool format = true, bool baseline = true)
        {
            command.Arguments.Add(Inputs);
            if (format)
            {
                command.Options.Add(Format);
            }

            foreach (Option option in new Option[] { Config, External, Editor, OpinionSections, HeaderStyle, HeadingLevels, Taxonomy, WarnAsError })
            {
                command.Options.Add(option);
            }

            if (baseline)
            {
                command.Options.Add(BaselineFile);
                command.Options.Add(NoBaseline);
            }
        }

        /// <summary>Reads the configuration and options; null (and an error on standard error) when they cannot be read.</summary>
        public CheckSetup? Resolve(ParseResult result, TextWriter stderr)
        {
            string[] inputs = result.GetValue(Inputs)!;
            string? configPath = result.GetValue(Config) ?? LintConfiguration.Find(inputs[0]);
            LintConfiguration configuration = LintConfiguration.Empty();
            if (configPath is not null)
            {
                if (!File.Exists(configPath))
                {
                    CommandLine.Fail(stderr, $"Configuration file '{configPath}' does not exist.");
                    return null;
                }

                configuration = LintConfiguration.Load(configPath, out string? configError);
                if (configError is not null)
                {
                    CommandLine.Fail(stderr, configError);
                    return null;
                }
            }

            foreach ((Option<string?> option, string key) in new[]
            {
                (External, RuleOptions.Keys.ExternalIssues),
                (Editor, RuleOptions.Keys.Editor),
                (OpinionSections, RuleOptions.Keys.OpinionSections),
                (HeaderStyle, RuleOptions.Keys.HeaderStyle),
                (HeadingLevels, RuleOptions.Keys.HeadingLevels),
                (Taxonomy, RuleOptions.Keys.TaxonomyFile),
            })
            {
                if (result.GetValue(option) is { } value)
                {
                    configuration.Values[key] = value;
                }
            }

            RuleOptions options = RuleOptions.FromValues(
                key => configuration.Values.TryGetValue(key, out string? v) ? v : null,
                path => File.Exists(path) ? File.ReadAllText(path) : null,
                out List<string> optionErrors);
            if (optionErrors.Count > 0)
            {
                CommandLine.Fail(stderr, string.Join(Environment.NewLine + "error: ", optionErrors));
                return null;
            }

            string? baselinePath = null;
            Baseline baseline = Baseline.Empty;
            if (result.GetResult(NoBaseline) is null || !result.GetValue(NoBaseline))
            {
                baselinePath = result.GetValue(BaselineFile) ?? FindBaseline(inputs[0]);
                if (baselinePath is not null && result.GetValue(BaselineFile) is not null && !File.Exists(baselinePath))
                {
                    CommandLine.Fail(stderr, $"Baseline file '{baselinePath}' does not exist.");
                    return null;
                }

                if (baselinePath is not null && File.Exists(baselinePath))
                {
                    baseline = Baseline.Parse(File.ReadAllText(baselinePath), out int unreadable);
                    if (unreadable > 0)
                    {
                        stderr.WriteLine($"warning: {baselinePath}: {Plural.Of(unreadable, "line")} could not be read and {(unreadable == 1 ? "was" : "were")} ignored.");
                    }
                }
            }

            string format = result.GetResult(Format) is null ? "text" : result.GetValue(Format)!;
            return new CheckSetup(
                IssueFiles.Expand(inputs, out _),
                configuration,
                options,
                result.GetValue(WarnAsError),
                Writers[format],
                format,
                baselinePath,
                baseline);
        }

        /// <summary>The nearest baseline file in or above <paramref name="start"/>.</summary>
        public static string? FindBaseline(string start)
        {
            string? directory = Directory.Exists(start) ? Path.GetFullPath(start) : Path.GetDirectoryName(Path.GetFullPath(start));
            while (directory is not null)
            {
                string candidate = Path.Combine(directory, Baseline.FileName);
                if (File.Exists(candidate))
                {
                    return candidate;
                }

                directory = Path.GetDirectoryName(directory);
            }

            return null;
        }
    }

    /// <summary>
    /// Turns findings into what is reported, file by file: severities applied, rules switched off
    /// dropped, findings the baseline accepts left out (each entry matches once across files).
    /// </summary>
    internal sealed class FindingReporter
    {
        private readonly CheckSetup _setup;
        private readonly BaselineMatcher? _baseline;
        private int _baselined;

        public FindingReporter(CheckSetup setup)
        {
            _setup = setup;
            if (setup.BaselinePath is not null && setup.Baseline.Entries.Count > 0)
            {
                _baseline = setup.Baseline.Matcher(Path.GetDirectoryName(Path.GetFullPath(setup.BaselinePath))!);
            }
        }

        public List<ReportedFinding> Reported { get; } = new();

        /// <summary>Whether <see cref="Add"/> needs the files' texts: only a baseline reads them.</summary>
        public bool NeedsText => _baseline is not null;

        /// <summary>How many files could not be read.</summary>
        public int Unreadable { get; private set; }

        /// <summary>
        /// Adds what <see cref="CheckRun"/> handed over for one file: its findings, or its AN0003
        /// finding (and its error line on <paramref name="errors"/>) when it could not be read.
        /// </summary>
        public void AddChecked(IssueFile file, IReadOnlyList<Finding>? findings, TextWriter errors)
        {
            if (findings is null)
            {
                Unreadable++;
                Add(new[] { CheckSetup.Unreadable(file, errors) }, string.Empty);
                return;
            }

            Add(findings, file.Text!);
        }

        /// <summary>Adds one file's findings; <paramref name="text"/> is the file's text.</summary>
        public void Add(IEnumerable<Finding> findings, string text)
        {
            foreach (Finding finding in findings)
            {
                if (_setup.Report(finding) is not { } reported)
                {
                    continue;
                }

                if (_baseline is not null && _baseline.Accepts(finding with { Path = Path.GetFullPath(finding.Path) }, text))
                {
                    _baselined++;
                    continue;
                }

                Reported.Add(reported);
            }
        }

        /// <summary>Notes on standard error what the baseline accepted and which of its entries matched nothing.</summary>
        public void Summarize(TextWriter stderr)
        {
            if (_baseline is null)
            {
                return;
            }

            if (_baselined > 0)
            {
                stderr.WriteLine($"{Plural.Of(_baselined, "finding")} accepted by the baseline {_setup.BaselinePath} {(_baselined == 1 ? "was" : "were")} not reported.");
            }

            IReadOnlyList<BaselineEntry> removable = _baseline.Unmatched();
            if (removable.Count > 0)
            {
                stderr.WriteLine($"{Plural.Of(removable.Count, "baseline entry", "baseline entries")} no longer {(removable.Count == 1 ? "matches" : "match")} a finding and can be removed: run 'newsletter-lint baseline' again to drop {(removable.Count == 1 ? "it" : "them")}.");
                foreach (BaselineEntry entry in removable.Take(20))
                {
                    stderr.WriteLine($"  {entry.File}({entry.Line}): {entry.RuleId} {entry.Excerpt}");
                }
            }
        }
    }

    /// <summary>What a check runs with.</summary>
    internal sealed record CheckSetup(
        List<string> Files,
        LintConfiguration Configuration,
        RuleOptions Options,
        bool WarningsAsErrors,
        IFindingWriter Writer,
        string Format,
        string? BaselinePath,
        Baseline Baseline)
    {
        /// <summary>Reads every file; the unreadable ones become AN0003 findings and an error line each.</summary>
        public (List<IssueFile> Readable, List<Finding> Unreadable) ReadAll(TextWriter stderr, string verb)
        {
            var readable = new List<IssueFile>();
            var unreadable = new List<Finding>();
            using var progress = new Progress(stderr, verb, Files.Count);
            for (int i = 0; i < Files.Count; i++)
            {
                IssueFile read = IssueFiles.Read(Files[i]);
                progress.Report(i + 1);
                if (read.Text is null)
                {
                    unreadable.Add(Unreadable(read, stderr));
                    continue;
                }

                readable.Add(read);
            }

            return (readable, unreadable);
        }

        /// <summary>A file that cannot be read: an error line on standard error, and its AN0003 finding.</summary>
        public static Finding Unreadable(IssueFile file, TextWriter stderr)
        {
            stderr.WriteLine($"error: {file.DisplayPath}: {file.Error}");
            return new Finding(RuleIds.UnreadableFile, file.DisplayPath, SourceSpan.None, file.Error!);
        }

        /// <summary>The finding with its configured severity; null when the configuration turns the rule off.</summary>
        public ReportedFinding? Report(Finding finding)
        {
            RuleSeverity severity = finding.Rule.DefaultSeverity;
            if (Configuration.Severities.TryGetValue(finding.RuleId, out string? level))
            {
                switch (level)
                {
                    case "none": return null;
                    case "error": severity = RuleSeverity.Error; break;
                    case "warning": severity = RuleSeverity.Warning; break;
                    default: severity = RuleSeverity.Suggestion; break;
                }
            }

            if (WarningsAsErrors && severity == RuleSeverity.Warning)
            {
                severity = RuleSeverity.Error;
            }

            return new ReportedFinding(finding, severity);
        }

        /// <summary>
        /// The findings to report: severities applied, rules switched off dropped, and findings the
        /// baseline accepts left out; the baseline entries that matched nothing are noted on standard error.
        /// </summary>
        public List<ReportedFinding> Reportable(IEnumerable<(Finding Finding, string Text)> findings, TextWriter stderr)
        {
            var reporter = new FindingReporter(this);
            foreach (var file in findings.GroupBy(f => f.Text, ReferenceEqualityComparer.Instance))
            {
                reporter.Add(file.Select(f => f.Finding), (string)file.Key!);
            }

            reporter.Summarize(stderr);
            return reporter.Reported;
        }

        /// <summary>The exit code for what is reported: 1 when an error-level finding remains.</summary>
        public static int ExitCode(IReadOnlyList<ReportedFinding> reported, bool badInput)
            => badInput ? CommandLine.BadInput : reported.Any(r => r.Severity == RuleSeverity.Error) ? CommandLine.Findings : CommandLine.Success;
    }
}
