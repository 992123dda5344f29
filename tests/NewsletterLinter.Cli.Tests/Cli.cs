using System.IO;
using NewsletterLinter.Cli;

namespace NewsletterLinter.Cli.Tests
{
    internal static class Cli
    {
        public sealed record Result(int ExitCode, string Output, string Error);

        public static Result Run(params string[] args)
        {
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            int code = CommandLine.Run(args, stdout, stderr);
            return new Result(code, stdout.ToString(), stderr.ToString());
        }
    }
}
