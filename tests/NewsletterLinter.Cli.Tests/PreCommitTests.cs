using System;
using System.Diagnostics;
using System.IO;
using NewsletterLinter.Tests;

namespace NewsletterLinter.Cli.Tests
{
    /// <summary>
    /// The hooks of <c>.pre-commit-hooks.yaml</c>, run by the real pre-commit (<c>try-repo</c>, as a
    /// newsletter repository would run them) against a throwaway repository of issues.
    /// </summary>
    [Trait("Category", "Slow")]
    public sealed class PreCommitTests : IDisposable
    {
        private const string Clean = "# HIGHLIGHTS\n\n**[A Work](https://example.org/a)** *(Ann Lee)* (summarized by Rohin): Cites AN #3.\n\n**Rohin's opinion:** Fine.\n\n# NEWS\n\n**[News Item](https://example.org/c)** (summarized by Rohin): Text.\n";

        private const string Malformed = "# HIGHLIGHTS\n\n**[A Work](https://example.org/a)** *(Ann Lee)* (summarized by Rohin): Cites AN#3.\n\n**Rohin's opinion:** Fine.\n\n# NEWS\n\n**[News Item](https://example.org/c)** (summarized by Rohin): Text.\n";

        private readonly TempFolder _repository = new();
        private readonly TempFolder _home = new();

        public PreCommitTests()
        {
            File.WriteAllText(_repository.File("AN-010.md"), Malformed);
            File.WriteAllText(_repository.File("AN-011.md"), Clean);
            File.WriteAllText(_repository.File("newsletter-lint.json"), """{ "NewsletterExternalIssues": "1-9" }""");
            Run("git", "init", "-q");
            Run("git", "add", ".");
            Run("git", "-c", "user.name=Test", "-c", "user.email=test@example.org", "commit", "-q", "-m", "issues");
        }

        public void Dispose()
        {
            _repository.Dispose();
            _home.Dispose();
        }

        [SkippableFact]
        public void The_lint_hook_fails_on_a_malformed_issue_with_the_finding_and_passes_a_clean_one()
        {
            Skip.IfNot(Found("pre-commit"), "pre-commit is not installed (apt-get install pre-commit); .ci/run installs it.");

            (int malformed, string report) = Run("pre-commit", "try-repo", TestPaths.RepositoryRoot, "newsletter-lint", "--files", "AN-010.md");
            (int clean, string cleanReport) = Run("pre-commit", "try-repo", TestPaths.RepositoryRoot, "newsletter-lint", "--files", "AN-011.md");

            Assert.True(malformed == 1, report);
            Assert.Contains("AN1003", report, StringComparison.Ordinal);
            Assert.Contains("AN-010.md", report, StringComparison.Ordinal);
            Assert.True(clean == 0, cleanReport);
            Assert.Equal(Malformed, File.ReadAllText(_repository.File("AN-010.md")));
        }

        [SkippableFact]
        public void The_fix_hook_repairs_the_issue_and_fails_because_it_changed_a_file()
        {
            Skip.IfNot(Found("pre-commit"), "pre-commit is not installed (apt-get install pre-commit); .ci/run installs it.");

            (int changed, string report) = Run("pre-commit", "try-repo", TestPaths.RepositoryRoot, "newsletter-lint-fix", "--files", "AN-010.md", "AN-011.md");
            Assert.True(changed == 1, report);
            Assert.Contains("files were modified by this hook", report, StringComparison.Ordinal);
            Assert.Equal(Clean, File.ReadAllText(_repository.File("AN-010.md")));

            Run("git", "add", ".");
            (int again, string againReport) = Run("pre-commit", "try-repo", TestPaths.RepositoryRoot, "newsletter-lint-fix", "--files", "AN-010.md", "AN-011.md");
            Assert.True(again == 0, againReport);
        }

        private static bool Found(string program)
        {
            foreach (string folder in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator))
            {
                if (folder.Length > 0 && File.Exists(Path.Combine(folder, program)))
                {
                    return true;
                }
            }

            return false;
        }

        private (int Code, string Output) Run(string program, params string[] args)
        {
            var start = new ProcessStartInfo(program)
            {
                WorkingDirectory = _repository.Path,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            foreach (string arg in args)
            {
                start.ArgumentList.Add(arg);
            }

            // pre-commit keeps its clones and environments here, not in the user's home.
            start.Environment["PRE_COMMIT_HOME"] = _home.Path;
            using Process process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            string output = process.StandardOutput.ReadToEnd();
            Assert.True(process.WaitForExit(600_000), program + " did not finish in ten minutes.");
            return (process.ExitCode, output + error.Result);
        }
    }
}
