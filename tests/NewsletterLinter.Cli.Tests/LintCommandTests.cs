using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using NewsletterLinter.Tests;

namespace NewsletterLinter.Cli.Tests
{
    public class LintCommandTests
    {
        private static readonly string Samples = TestPaths.SampleIssues;

        [Fact]
        public void Msbuild_format_lists_every_finding_of_the_samples()
        {
            Cli.Result result = Cli.Run("lint", Samples, "--external", "1-173", "--format", "msbuild");

            Assert.Equal(0, result.ExitCode);
            string[] lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(19, lines.Length);
            Assert.All(lines, l => Assert.Contains("AN-176.md(", l));
            Assert.Contains(lines, l => l.EndsWith("AN-176.md(7,244): warning AN1001: Reference to AN #999: no issue with that number exists in this corpus (known: 99, 137, 174-176); external issues: 1-173", StringComparison.Ordinal));
            Assert.Contains(lines, l => l.Contains("AN-176.md(47,4): info AN3007: "));
        }

        [Fact]
        public void Text_format_groups_by_file_and_counts()
        {
            Cli.Result result = Cli.Run("lint", Samples, "--external", "1-173");

            Assert.Equal(0, result.ExitCode);
            Assert.Contains("  7:4    warning AN2001  Summary 'A Highlight Without an Opinion'", result.Output);
            Assert.Contains("5 issues checked: 0 errors, 16 warnings, 3 suggestions.", result.Output);
        }

        [Fact]
        public void Sarif_format_has_the_sarif_2_1_0_shape()
        {
            Cli.Result result = Cli.Run("lint", Samples, "--external", "1-173", "--format", "sarif");

            using JsonDocument json = JsonDocument.Parse(result.Output);
            JsonElement root = json.RootElement;
            Assert.Equal("2.1.0", root.GetProperty("version").GetString());
            Assert.Contains("sarif", root.GetProperty("$schema").GetString());
            JsonElement run = root.GetProperty("runs")[0];
            JsonElement[] rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToArray();
            Assert.Equal(23, rules.Length);
            Assert.Contains(rules, r => r.GetProperty("id").GetString() == "AN0006");
            Assert.All(rules, r => Assert.EndsWith("#" + r.GetProperty("id").GetString()!.ToLowerInvariant(), r.GetProperty("helpUri").GetString()));
            JsonElement[] results = run.GetProperty("results").EnumerateArray().ToArray();
            Assert.Equal(19, results.Length);
            Assert.Equal("AN0006", results[0].GetProperty("ruleId").GetString());
            JsonElement first = results[1];
            Assert.Equal("AN2001", first.GetProperty("ruleId").GetString());
            Assert.Equal("AN2001", rules[first.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
            Assert.Equal("warning", first.GetProperty("level").GetString());
            JsonElement location = first.GetProperty("locations")[0].GetProperty("physicalLocation");
            Assert.EndsWith("samples/issues/AN-176.md", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
            Assert.Equal(7, location.GetProperty("region").GetProperty("startLine").GetInt32());
            Assert.Equal(4, location.GetProperty("region").GetProperty("startColumn").GetInt32());
            Assert.Contains(results, r => r.GetProperty("level").GetString() == "note");
        }

        [Fact]
        public void Github_format_writes_workflow_annotations()
        {
            Cli.Result result = Cli.Run("lint", Samples, "--external", "1-173", "--format", "github");

            string first = result.Output.Split('\n').First(l => l.Contains("AN2001"));
            Assert.StartsWith("::warning file=", first);
            Assert.Contains("AN-176.md,line=7,col=4,endLine=7,endColumn=34,title=AN2001 Missing opinion::Summary", first);
            Assert.Contains("::notice file=", result.Output);
        }

        [Fact]
        public void Json_format_lists_findings_and_fixes()
        {
            Cli.Result result = Cli.Run("lint", Samples, "--external", "1-173", "--format", "json");

            using JsonDocument json = JsonDocument.Parse(result.Output);
            JsonElement[] findings = json.RootElement.GetProperty("findings").EnumerateArray().ToArray();
            Assert.Equal(19, findings.Length);
            JsonElement malformed = findings.Single(f => f.GetProperty("ruleId").GetString() == "AN1003");
            Assert.Equal("AN #137", malformed.GetProperty("fix").GetProperty("newText").GetString());
            Assert.Equal(1, json.RootElement.GetProperty("counts").GetProperty("AN1003").GetInt32());
        }

        [Fact]
        public void Warnaserror_and_configured_severities_change_the_exit_code()
        {
            Assert.Equal(1, Cli.Run("lint", Samples, "--external", "1-173", "--warnaserror").ExitCode);
            Assert.Equal(0, Cli.Run("lint", TestPaths.Sample("AN-174.md"), TestPaths.Sample("AN-099.md"), "--external", "1-173", "--warnaserror").ExitCode);

            string folder = CopySamples();
            try
            {
                File.WriteAllText(Path.Combine(folder, "newsletter-lint.json"), """
                    {
                      // the same keys as the MSBuild properties
                      "NewsletterExternalIssues": "1-173",
                      "Severity": { "AN2001": "error", "AN3007": "none" }
                    }
                    """);
                Cli.Result result = Cli.Run("lint", folder, "--format", "msbuild");

                Assert.Equal(1, result.ExitCode);
                Assert.Contains(": error AN2001: ", result.Output);
                Assert.DoesNotContain("AN3007", result.Output);
                Assert.DoesNotContain("AN1001: Reference to AN #7", result.Output);
            }
            finally
            {
                Directory.Delete(Path.GetDirectoryName(folder)!, true);
            }
        }

        [Fact]
        public void The_configuration_file_is_found_above_the_inputs()
        {
            string folder = CopySamples();
            try
            {
                File.WriteAllText(Path.Combine(folder, "newsletter-lint.json"), """{ "NewsletterExternalIssues": "1-173" }""");
                Directory.CreateDirectory(Path.Combine(folder, "nested"));
                File.Copy(TestPaths.Sample("AN-099.md"), Path.Combine(folder, "nested", "AN-099.md"), true);

                Cli.Result result = Cli.Run("lint", Path.Combine(folder, "nested"), "--format", "msbuild");

                Assert.Equal(0, result.ExitCode);
                Assert.Equal(string.Empty, result.Output.Trim());
            }
            finally
            {
                Directory.Delete(Path.GetDirectoryName(folder)!, true);
            }
        }

        [Fact]
        public void Bad_arguments_and_configuration_exit_with_2()
        {
            Assert.Equal(2, Cli.Run("lint").ExitCode);
            Assert.Equal(2, Cli.Run("lint", Samples, "--format", "xml").ExitCode);
            Assert.Equal(2, Cli.Run("lint", Samples, "--external", "a-b").ExitCode);
            Assert.Equal(2, Cli.Run("lint", Samples, "--header-style", "fancy").ExitCode);
            Assert.Equal(2, Cli.Run("lint", Samples, "--config", "missing.json").ExitCode);
            Assert.Equal(0, Cli.Run("lint", "--help").ExitCode);
            Assert.Equal(0, Cli.Run("--help").ExitCode);
        }

        [SkippableFact]
        public void Lints_the_real_corpus_in_every_format()
        {
            string corpus = TestPaths.RequireCorpus();
            foreach (string format in new[] { "text", "msbuild", "sarif", "github", "json" })
            {
                Cli.Result result = Cli.Run("lint", corpus, "--external", "1-173", "--format", format);
                Assert.Equal(0, result.ExitCode);
                Assert.NotEmpty(result.Output);
            }
        }

        private static string CopySamples()
        {
            string folder = Path.Combine(Path.GetTempPath(), "newsletter-lint-" + Guid.NewGuid().ToString("N"), "issues");
            Directory.CreateDirectory(folder);
            foreach (string file in Directory.GetFiles(Samples, "*.md"))
            {
                File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
            }

            return folder;
        }
    }
}
