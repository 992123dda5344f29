using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;
using NewsletterLinter.Tests;

namespace NewsletterLinter.Cli.Tests
{
    public class StandardStreamsTests
    {
        [Fact]
        public void Output_is_held_until_error_is_written_so_both_keep_their_order()
        {
            var log = new List<string>();
            var output = new LoggedStream(log);
            using var streams = new StandardStreams(output, new UTF8Encoding(true), new LoggedWriter(log));

            streams.Output.WriteLine("first finding");
            streams.Output.WriteLine("second finding");
            Assert.Empty(log);

            streams.Error.WriteLine("error: a file could not be written");
            streams.Output.Write("summary");
            streams.Dispose();

            Assert.Equal(new[] { "first finding\nsecond finding\n", "error: a file could not be written\n", "summary" }, log);
        }

        [Fact]
        public void The_tool_writes_its_whole_report_to_a_pipe()
        {
            string tool = Path.Combine(System.AppContext.BaseDirectory, "newsletter-lint.dll");
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (string argument in new[] { tool, "lint", TestPaths.SampleIssues, "--external", "1-173", "--format", "msbuild" })
            {
                start.ArgumentList.Add(argument);
            }

            using Process process = Process.Start(start)!;
            string output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();

            Assert.Equal(0, process.ExitCode);
            Assert.Equal(Cli.Run("lint", TestPaths.SampleIssues, "--external", "1-173", "--format", "msbuild").Output.Replace("\r\n", "\n"), output.Replace("\r\n", "\n"));
        }

        private sealed class LoggedStream : MemoryStream
        {
            private readonly List<string> _log;

            public LoggedStream(List<string> log) => _log = log;

            public override void Write(byte[] buffer, int offset, int count) => _log.Add(Encoding.UTF8.GetString(buffer, offset, count));

            public override void Write(System.ReadOnlySpan<byte> buffer) => _log.Add(Encoding.UTF8.GetString(buffer));
        }

        private sealed class LoggedWriter : StringWriter
        {
            private readonly List<string> _log;

            public LoggedWriter(List<string> log)
            {
                _log = log;
                NewLine = "\n";
            }

            public override void WriteLine(string? value) => _log.Add(value + "\n");
        }
    }
}
