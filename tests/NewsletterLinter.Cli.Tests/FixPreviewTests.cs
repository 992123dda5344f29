using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using NewsletterLinter.Tests;

namespace NewsletterLinter.Cli.Tests
{
    /// <summary><c>fix --diff</c> and <c>fix --check</c> preview a fix, as ruff, black and rumdl do: they never write.</summary>
    public class FixPreviewTests
    {
        private const string Broken = "# Highlights\n\n**[A Work](https://example.org/a)** *(Ann Lee)* (summarized by Rohin): Cites AN#3 and AN # 4.\n\n**Rohin's opinion:** Fine.\n\n# TECHNICAL AI ALIGNMENT\n\n**NEWS**\n\n**[News Item](https://example.org/c)** (summarized by Rohin): Text.";

        [SkippableFact]
        public void Over_the_real_archive_git_apply_of_the_diff_gives_what_fix_writes()
        {
            Skip.IfNot(Git.Available, "git is not installed.");
            string corpus = TestPaths.RequireCorpus();
            using var previewed = new TempFolder();
            using var fixedFolder = new TempFolder();
            foreach (string issue in Directory.GetFiles(corpus, "*.md"))
            {
                File.Copy(issue, previewed.File(Path.GetFileName(issue)));
                File.Copy(issue, fixedFolder.File(Path.GetFileName(issue)));
            }

            byte[][] before = Snapshot(previewed);
            Cli.Result diff = RunIn(previewed.Path, "fix", ".", "--diff");
            Cli.Result fix = Cli.Run("fix", fixedFolder.Path);

            Assert.Equal(before, Snapshot(previewed));
            Assert.NotEqual(before, Snapshot(fixedFolder));
            File.WriteAllText(previewed.File("fix.patch"), diff.Output);
            Git.Run(previewed.Path, "apply", "--unsafe-paths", "fix.patch");
            File.Delete(previewed.File("fix.patch"));
            Assert.Equal(Snapshot(fixedFolder), Snapshot(previewed));
        }

        [SkippableFact]
        public void Diff_writes_nothing_and_git_apply_of_it_gives_what_fix_writes()
        {
            Skip.IfNot(Git.Available, "git is not installed.");
            using var previewed = new TempFolder();
            using var fixedFolder = new TempFolder();
            foreach (TempFolder folder in new[] { previewed, fixedFolder })
            {
                foreach (string sample in Directory.GetFiles(TestPaths.SampleIssues, "*.md"))
                {
                    File.Copy(sample, folder.File(Path.GetFileName(sample)));
                }

                // Line endings, a byte order mark and a last line without a newline survive the round trip.
                File.WriteAllBytes(folder.File("AN-010.md"), Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Broken.Replace("\n", "\r\n", StringComparison.Ordinal))).ToArray());
                File.WriteAllText(folder.File("AN-011.md"), Broken.Replace("AN#3", "AN#10", StringComparison.Ordinal));
            }

            byte[][] before = Snapshot(previewed);
            DateTime[] written = Directory.GetFiles(previewed.Path).Order(StringComparer.Ordinal).Select(File.GetLastWriteTimeUtc).ToArray();

            Cli.Result diff = RunIn(previewed.Path, "fix", ".", "--external", "1-173", "--diff");
            Cli.Result fix = Cli.Run("fix", fixedFolder.Path, "--external", "1-173");

            Assert.Equal(before, Snapshot(previewed));
            Assert.Equal(written, Directory.GetFiles(previewed.Path).Order(StringComparer.Ordinal).Select(File.GetLastWriteTimeUtc).ToArray());
            Assert.Contains("+# HIGHLIGHTS", diff.Output, StringComparison.Ordinal);
            Assert.Contains("AN-176.md", diff.Output, StringComparison.Ordinal);
            Assert.NotEqual(Snapshot(fixedFolder), before);

            File.WriteAllText(previewed.File("fix.patch"), diff.Output);
            Git.Run(previewed.Path, "apply", "--unsafe-paths", "fix.patch");
            File.Delete(previewed.File("fix.patch"));
            Assert.Equal(Snapshot(fixedFolder), Snapshot(previewed));
        }

        [Fact]
        public void Check_exits_1_when_something_would_be_fixed_and_names_the_files_without_writing()
        {
            using var folder = new TempFolder();
            File.WriteAllText(folder.File("AN-010.md"), Broken);
            File.Copy(TestPaths.Sample("AN-174.md"), folder.File("AN-174.md"));

            Cli.Result result = Cli.Run("fix", folder.Path, "--external", "1-173", "--check");

            Assert.Equal(1, result.ExitCode);
            Assert.Equal(Broken, File.ReadAllText(folder.File("AN-010.md")));
            Assert.Contains("would fix " + folder.File("AN-010.md") + " (AN1003 x2, AN3001 x1, AN3005 x1)", result.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("AN-174.md", result.Error, StringComparison.Ordinal);
            Assert.Contains("1 file would be fixed; nothing was written.", result.Error, StringComparison.Ordinal);
            Assert.Equal(string.Empty, result.Output);
        }

        [Fact]
        public void Check_exits_0_when_nothing_would_be_fixed_even_with_findings_that_have_no_fix()
        {
            using var folder = new TempFolder();
            File.Copy(TestPaths.Sample("AN-174.md"), folder.File("AN-174.md"));

            // AN1001 (a dangling reference) has no fix.
            File.WriteAllText(folder.File("AN-175.md"), File.ReadAllText(TestPaths.Sample("AN-175.md")) + "\nSee AN #999.\n");

            Cli.Result result = Cli.Run("fix", folder.Path, "--external", "1-173", "--check");
            Cli.Result cached = Cli.Run("fix", folder.Path, "--external", "1-173", "--check", "--cache", "--cache-location", folder.File(".cache"));
            Cli.Result fromCache = Cli.Run("fix", folder.Path, "--external", "1-173", "--check", "--cache", "--cache-location", folder.File(".cache"));

            Assert.Equal(0, result.ExitCode);
            Assert.Contains("Nothing to fix.", result.Error, StringComparison.Ordinal);
            Assert.Equal(0, cached.ExitCode);
            Assert.Equal(0, fromCache.ExitCode);
        }

        [Fact]
        public void Check_exits_2_on_bad_input()
        {
            using var folder = new TempFolder();

            Assert.Equal(2, Cli.Run("fix", folder.File("missing"), "--check").ExitCode);
            Assert.Equal(2, Cli.Run("fix", folder.Path, "--check", "--rule", "AN9999").ExitCode);
        }

        private static byte[][] Snapshot(TempFolder folder)
            => Directory.GetFiles(folder.Path).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToArray();

        /// <summary>Runs the tool with <paramref name="directory"/> as the current directory, as a user in the archive would.</summary>
        private static Cli.Result RunIn(string directory, params string[] args)
        {
            string previous = Directory.GetCurrentDirectory();
            lock (Git.CurrentDirectory)
            {
                Directory.SetCurrentDirectory(directory);
                try
                {
                    return Cli.Run(args);
                }
                finally
                {
                    Directory.SetCurrentDirectory(previous);
                }
            }
        }

        private static class Git
        {
            public static readonly object CurrentDirectory = new();

            public static bool Available { get; } = Probe();

            public static void Run(string directory, params string[] args)
            {
                var start = new ProcessStartInfo("git") { WorkingDirectory = directory, RedirectStandardError = true, RedirectStandardOutput = true };
                foreach (string arg in args)
                {
                    start.ArgumentList.Add(arg);
                }

                using Process process = Process.Start(start)!;
                string error = process.StandardError.ReadToEnd();
                process.StandardOutput.ReadToEnd();
                process.WaitForExit();
                Assert.True(process.ExitCode == 0, "git " + string.Join(' ', args) + " failed: " + error);
            }

            private static bool Probe()
            {
                try
                {
                    using Process? process = Process.Start(new ProcessStartInfo("git", "--version") { RedirectStandardOutput = true });
                    process?.WaitForExit();
                    return process?.ExitCode == 0;
                }
                catch (System.ComponentModel.Win32Exception)
                {
                    return false;
                }
            }
        }
    }
}
