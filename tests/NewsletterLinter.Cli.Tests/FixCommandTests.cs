using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using NewsletterLinter.Tests;

namespace NewsletterLinter.Cli.Tests
{
    public class FixCommandTests
    {
        private const string Broken = "# Highlights\n\n**[A Work](https://example.org/a)** *(Ann Lee)* (summarized by Rohin): Cites AN#3 and AN # 4.\n\n**Rohin's opinion:** Fine.\n\n# TECHNICAL AI ALIGNMENT\n\n## ROBUSTNESS\n\n**[Another](https://example.org/b)** *(Bo Chen)* (summarized by Flo): Text.\n\n**NEWS**\n\n**[News Item](https://example.org/c)** (summarized by Rohin): Text.\n";

        private const string Repaired = "# HIGHLIGHTS\n\n**[A Work](https://example.org/a)** *(Ann Lee)* (summarized by Rohin): Cites AN #3 and AN #4.\n\n**Rohin's opinion:** Fine.\n\n# TECHNICAL AI ALIGNMENT\n\n## ROBUSTNESS\n\n**[Another](https://example.org/b)** *(Bo Chen)* (summarized by Flo): Text.\n\n# NEWS\n\n**[News Item](https://example.org/c)** (summarized by Rohin): Text.\n";

        [Fact]
        public void Repairs_every_fixable_finding_and_reports_per_file_and_rule()
        {
            using var folder = new TempFolder();
            File.WriteAllText(folder.File("AN-010.md"), Broken);

            Cli.Result result = Cli.Run("fix", folder.Path, "--external", "1-9");

            Assert.Equal(0, result.ExitCode);
            Assert.Equal(Repaired, File.ReadAllText(folder.File("AN-010.md")));
            Assert.Contains("AN-010.md: fixed AN1003 x2, AN3001 x1, AN3005 x1", result.Output);
            Assert.Contains("Fixed 4 findings in 1 file.", result.Output);
            Assert.Contains("1 issue checked: 0 errors, 0 warnings, 0 suggestions.", result.Output);
            Assert.Empty(Directory.GetFiles(folder.Path, "*.tmp", SearchOption.AllDirectories));

            Cli.Result again = Cli.Run("fix", folder.Path, "--external", "1-9");
            Assert.Contains("Fixed 0 findings in 0 files.", again.Output);
            Assert.Equal(Repaired, File.ReadAllText(folder.File("AN-010.md")));
        }

        [Fact]
        public void Redirected_output_never_holds_a_progress_line()
        {
            Cli.Result result = Cli.Run("lint", TestPaths.SampleIssues, "--external", "1-173");

            Assert.DoesNotContain("\r", result.Output + result.Error);
            Assert.DoesNotContain("files (", result.Error);
        }

        [Fact]
        public void Dry_run_writes_nothing_and_says_what_would_change()
        {
            using var folder = new TempFolder();
            File.WriteAllText(folder.File("AN-010.md"), Broken);
            DateTime written = File.GetLastWriteTimeUtc(folder.File("AN-010.md"));

            Cli.Result result = Cli.Run("fix", folder.Path, "--external", "1-9", "--dry-run");

            Assert.Equal(Broken, File.ReadAllText(folder.File("AN-010.md")));
            Assert.Equal(written, File.GetLastWriteTimeUtc(folder.File("AN-010.md")));
            Assert.Contains("AN-010.md: would fix AN1003 x2, AN3001 x1, AN3005 x1", result.Output);
            Assert.Contains("4 findings in 1 file would be fixed; nothing was written.", result.Output);
        }

        [Fact]
        public void Diff_is_a_unified_diff_on_standard_output()
        {
            using var folder = new TempFolder();
            File.WriteAllText(folder.File("AN-010.md"), Broken);

            Cli.Result result = Cli.Run("fix", folder.File("AN-010.md"), "--external", "1-9", "--diff", "--dry-run");

            string[] lines = result.Output.Split('\n');
            Assert.EndsWith("AN-010.md", lines[0]);
            Assert.StartsWith("--- a/", lines[0]);
            Assert.StartsWith("+++ b/", lines[1]);
            Assert.Equal("@@ -1,6 +1,6 @@", lines[2]);
            Assert.Contains("@@ -10,6 +10,6 @@", lines);
            Assert.Contains("-# Highlights", lines);
            Assert.Contains("+# HIGHLIGHTS", lines);
            Assert.Contains("-**NEWS**", lines);
            Assert.Contains("+# NEWS", lines);
            Assert.DoesNotContain("fixed", result.Output);
            Assert.Contains("would fix", result.Error);
        }

        [Fact]
        public void Rule_option_fixes_only_those_rules()
        {
            using var folder = new TempFolder();
            File.WriteAllText(folder.File("AN-010.md"), Broken);

            Cli.Result result = Cli.Run("fix", folder.Path, "--external", "1-9", "--rule", "AN1003");

            Assert.Contains("fixed AN1003 x2", result.Output);
            string text = File.ReadAllText(folder.File("AN-010.md"));
            Assert.Contains("AN #3 and AN #4", text);
            Assert.Contains("# Highlights", text);
            Assert.Contains("AN3005", result.Output);
        }

        [Fact]
        public void Keeps_encoding_byte_order_mark_line_endings_and_final_newline()
        {
            using var folder = new TempFolder();
            string crlf = Broken.Replace("\n", "\r\n").TrimEnd('\n', '\r');
            var utf16 = new UnicodeEncoding(bigEndian: false, byteOrderMark: true);
            File.WriteAllBytes(folder.File("AN-010.md"), utf16.GetPreamble().Concat(utf16.GetBytes(crlf)).ToArray());

            Cli.Result lint = Cli.Run("lint", folder.Path, "--external", "1-9");
            Assert.Equal(0, lint.ExitCode);
            Assert.DoesNotContain("AN0003", lint.Output);
            Assert.Contains("AN1003", lint.Output);

            Cli.Result result = Cli.Run("fix", folder.Path, "--external", "1-9");

            Assert.Equal(0, result.ExitCode);
            byte[] bytes = File.ReadAllBytes(folder.File("AN-010.md"));
            Assert.Equal(new byte[] { 0xFF, 0xFE }, bytes.Take(2));
            string text = utf16.GetString(bytes, 2, bytes.Length - 2);
            Assert.Equal(Repaired.Replace("\n", "\r\n").TrimEnd('\n', '\r'), text);
        }

        [Fact]
        public void Setext_fixes_in_a_crlf_file_write_crlf()
        {
            using var folder = new TempFolder();
            string text = "HIGHLIGHTS\r\n==========\r\n\r\n**TECHNICAL AI ALIGNMENT**\r\n\r\nNEWS\r\n====\r\n";
            File.WriteAllText(folder.File("AN-011.md"), text);

            Cli.Run("fix", folder.Path, "--rule", "AN3001");

            Assert.Equal("HIGHLIGHTS\r\n==========\r\n\r\nTECHNICAL AI ALIGNMENT\r\n======================\r\n\r\nNEWS\r\n====\r\n", File.ReadAllText(folder.File("AN-011.md")));
        }

        [SkippableFact]
        public void A_file_that_cannot_be_written_is_named_and_the_others_are_fixed()
        {
            Skip.If(OperatingSystem.IsWindows(), "chattr is a Linux command");
            using var folder = new TempFolder();
            File.WriteAllText(folder.File("AN-010.md"), Broken);
            File.WriteAllText(folder.File("AN-011.md"), Broken.Replace("AN #", "AN#"));
            string locked = folder.File("AN-011.md");
            Skip.IfNot(Chattr("+i", locked), "chattr +i is not available or not permitted here (it needs root and a file system with attributes)");
            try
            {
                Cli.Result result = Cli.Run("fix", folder.Path, "--external", "1-9");

                Assert.Equal(2, result.ExitCode);
                Assert.Contains("AN-011.md: the file cannot be written", result.Error);
                Assert.Equal(Repaired, File.ReadAllText(folder.File("AN-010.md")));
                Assert.Equal(Broken.Replace("AN #", "AN#"), File.ReadAllText(locked));
                Assert.Empty(Directory.GetFiles(folder.Path, "*.tmp"));
            }
            finally
            {
                Chattr("-i", locked);
            }
        }

        [Fact]
        public void Unreadable_files_are_never_written()
        {
            using var folder = new TempFolder();
            byte[] invalid = { 0x23, 0x20, 0xC3, 0x28, 0x0A, 0x41, 0x4E, 0x23, 0x33, 0x0A };
            File.WriteAllBytes(folder.File("AN-012.md"), invalid);

            Cli.Result result = Cli.Run("fix", folder.Path);

            Assert.Equal(2, result.ExitCode);
            Assert.Equal(invalid, File.ReadAllBytes(folder.File("AN-012.md")));
            Assert.Contains("AN0003", result.Output);
        }

        [Fact]
        public void Json_format_keeps_standard_output_json()
        {
            using var folder = new TempFolder();
            File.WriteAllText(folder.File("AN-010.md"), Broken);

            Cli.Result result = Cli.Run("fix", folder.Path, "--external", "1-9", "--format", "json");

            using var json = System.Text.Json.JsonDocument.Parse(result.Output);
            Assert.Equal(0, json.RootElement.GetProperty("findings").GetArrayLength());
            Assert.Contains("fixed AN1003 x2", result.Error);
        }

        [Theory]
        [InlineData("--rule", "AN9999")]
        [InlineData("--rule", "AN2001")]
        [InlineData("--format", "xml")]
        [InlineData("--header-style", "fancy")]
        [InlineData("--bogus")]
        public void Bad_arguments_exit_with_2(params string[] args)
        {
            Cli.Result result = Cli.Run(new[] { "fix", TestPaths.SampleIssues, "--dry-run" }.Concat(args).ToArray());

            Assert.Equal(2, result.ExitCode);
            Assert.StartsWith("error: ", result.Error);
            Assert.Contains("Run 'newsletter-lint fix --help'", result.Error);
        }

        private static bool Chattr(string flag, string path)
        {
            try
            {
                using var process = Process.Start(new ProcessStartInfo("chattr", $"{flag} \"{path}\"") { RedirectStandardError = true, RedirectStandardOutput = true })!;
                process.WaitForExit();
                return process.ExitCode == 0;
            }
            catch (System.ComponentModel.Win32Exception)
            {
                return false;
            }
        }
    }
}
