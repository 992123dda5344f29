using System.IO;

namespace NewsletterLinter.Cli.Tests
{
    public class BaselineCommandTests
    {
        [Fact]
        public void Adopting_on_an_archive_reports_only_new_findings_and_names_removable_entries()
        {
            using TempFolder folder = TempFolder.WithSamples();

            Cli.Result written = Cli.Run("baseline", folder.Path, "--external", "1-173");
            Assert.Equal(0, written.ExitCode);
            string baselinePath = folder.File("newsletter-lint.baseline");
            Assert.Contains("Wrote 19 findings of 5 issues to " + baselinePath, written.Output);
            Assert.Contains("AN-176.md\t", File.ReadAllText(baselinePath));

            Cli.Result clean = Cli.Run("lint", folder.Path, "--external", "1-173");
            Assert.Equal(0, clean.ExitCode);
            Assert.Contains("5 issues checked: 0 errors, 0 warnings, 0 suggestions.", clean.Output);
            Assert.Contains("19 findings accepted by the baseline", clean.Error);

            // Lines added above every finding move them; they stay accepted. A new malformed reference is reported.
            string issue = folder.File("AN-176.md");
            File.WriteAllText(issue, "<!-- a note added on top -->\n\n" + File.ReadAllText(issue) + "\nA new paragraph cites AN#12.\n");
            Cli.Result edited = Cli.Run("lint", folder.Path, "--external", "1-173", "--format", "msbuild");
            string line = Assert.Single(edited.Output.Split('\n', System.StringSplitOptions.RemoveEmptyEntries));
            Assert.Contains("warning AN1003: Reference 'AN#12' is malformed", line);

            // Fixing every fixable finding leaves baseline entries that match nothing: they are named as removable.
            Cli.Run("fix", folder.Path, "--external", "1-173");
            Cli.Result after = Cli.Run("lint", folder.Path, "--external", "1-173");
            Assert.Equal(0, after.ExitCode);
            Assert.Contains("no longer match a finding and can be removed", after.Error);

            // --no-baseline reports everything again.
            Cli.Result all = Cli.Run("lint", folder.Path, "--external", "1-173", "--no-baseline");
            Assert.DoesNotContain(" 0 warnings", all.Output);
        }

        [Theory]
        [InlineData("baseline", "--format", "json")]
        [InlineData("baseline", "--output")]
        [InlineData("lint", "--baseline", "/no/such/baseline")]
        [InlineData("export", "--bogus")]
        [InlineData("lint")]
        [InlineData("nosuchcommand")]
        public void Bad_arguments_exit_with_2(params string[] args)
        {
            string[] full = args.Length > 1 && args[1].StartsWith("-") || args.Length == 1 && args[0] != "lint"
                ? [args[0], NewsletterLinter.Tests.TestPaths.SampleIssues, .. args[1..]]
                : args;
            Cli.Result result = Cli.Run(full);

            Assert.Equal(2, result.ExitCode);
            Assert.StartsWith("error: ", result.Error);
        }

        [Fact]
        public void Response_files_hold_arguments()
        {
            using var folder = new TempFolder();
            string rsp = folder.File("lint.rsp");
            File.WriteAllText(rsp, $"lint\n{NewsletterLinter.Tests.TestPaths.SampleIssues}\n--external\n1-173\n--format\nmsbuild\n");

            Cli.Result result = Cli.Run("@" + rsp);

            Assert.Equal(0, result.ExitCode);
            Assert.Contains("warning AN1001", result.Output);
        }

        [Theory]
        [InlineData("lint")]
        [InlineData("fix")]
        [InlineData("baseline")]
        [InlineData("export")]
        public void Every_command_has_help(string command)
        {
            Cli.Result result = Cli.Run(command, "--help");

            Assert.Equal(0, result.ExitCode);
            Assert.Contains($" {command} <inputs>... [options]", result.Output);
            Assert.Contains("--help", result.Output);
        }
    }
}
