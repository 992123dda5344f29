using System;
using System.Diagnostics;
using System.IO;
using System.Text;

namespace NewsletterLinter.Tests
{
    /// <summary>Runs the <c>dotnet</c> command line for tests that build real projects.</summary>
    internal static class DotnetCli
    {
        public sealed record Result(int ExitCode, string Output);

        public static Result Run(string workingDirectory, string arguments, int timeoutSeconds = 600, (string Name, string Value)? environment = null, string fileName = "dotnet")
        {
            var start = new ProcessStartInfo(fileName, arguments)
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            start.Environment["DOTNET_NOLOGO"] = "1";
            start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
            if (environment is { } variable)
            {
                start.Environment[variable.Name] = variable.Value;
            }

            var output = new StringBuilder();
            using var process = new Process { StartInfo = start };
            process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
            process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            if (!process.WaitForExit(timeoutSeconds * 1000))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"dotnet {arguments} did not finish in {timeoutSeconds} s:\n{output}");
            }

            process.WaitForExit();
            return new Result(process.ExitCode, output.ToString());
        }

        /// <summary>
        /// Runs dotnet on the repository's own projects (a pack, the sample app), one such run at a
        /// time across the test processes: <c>dotnet test</c> runs the test projects in parallel, and
        /// two restores of the same projects at once can fail without an error of their own (MSB4181).
        /// </summary>
        public static Result RunInRepository(string arguments, int timeoutSeconds = 600)
        {
            using FileStream gate = RepositoryGate(TimeSpan.FromSeconds(timeoutSeconds));
            return Run(TestPaths.RepositoryRoot, arguments, timeoutSeconds);
        }

        /// <summary>An exclusive lock on a file named after the repository, held until disposed.</summary>
        private static FileStream RepositoryGate(TimeSpan patience)
        {
            // FNV-1a of the path: string hash codes differ from process to process.
            uint hash = 2166136261;
            foreach (char c in TestPaths.RepositoryRoot)
            {
                hash = (hash ^ c) * 16777619;
            }

            string path = Path.Combine(Path.GetTempPath(), $"newsletter-linter-{hash:x8}.lock");
            DateTime deadline = DateTime.UtcNow + patience;
            while (true)
            {
                try
                {
                    return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                }
                catch (IOException) when (DateTime.UtcNow < deadline)
                {
                    System.Threading.Thread.Sleep(200);
                }
            }
        }

        /// <summary>A fresh temporary folder, deleted by the caller.</summary>
        public static string TemporaryFolder(string prefix)
        {
            string path = Path.Combine(Path.GetTempPath(), prefix + "-" + Guid.NewGuid().ToString("N").Substring(0, 8));
            Directory.CreateDirectory(path);
            return path;
        }
    }
}
