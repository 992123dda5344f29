using System;
using System.IO;
using System.Linq;
using NewsletterLinter.Cli.Commands;

namespace NewsletterLinter.Cli
{
    /// <summary>Parses the first argument and dispatches to a command.</summary>
    public static class CommandLine
    {
        /// <summary>Exit code: success, no error-level finding.</summary>
        public const int Success = 0;

        /// <summary>Exit code: error-level findings.</summary>
        public const int Findings = 1;

        /// <summary>Exit code: bad arguments or unreadable input.</summary>
        public const int BadInput = 2;

        internal const string Usage = """
            newsletter-lint: check Alignment Newsletter issues and export them as JSON.

            Usage:
              newsletter-lint lint <files or folders>... [options]
              newsletter-lint export <files or folders>... [--output <file>]
              newsletter-lint <command> --help

            Commands:
              lint     Check every issue (*.md under folders) against the rule catalog.
              export   Write the parsed issues as JSON (schema version 1).

            Exit codes: 0 no error-level finding, 1 error-level findings, 2 bad arguments or unreadable input.
            Rules: docs/rules.md. Configuration: docs/configuration.md.
            """;

        /// <summary>Runs the command line with the given writers; returns the exit code.</summary>
        public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
        {
            if (args.Length == 0)
            {
                stderr.WriteLine(Usage);
                return BadInput;
            }

            string[] rest = args.Skip(1).ToArray();
            switch (args[0])
            {
                case "--help" or "-h" or "help":
                    stdout.WriteLine(Usage);
                    return Success;
                case "--version":
                    stdout.WriteLine(typeof(CommandLine).Assembly.GetName().Version?.ToString(3));
                    return Success;
                case "lint":
                    return LintCommand.Run(rest, stdout, stderr);
                case "export":
                    return ExportCommand.Run(rest, stdout, stderr);
                default:
                    return Fail(stderr, $"Unknown command '{args[0]}'. Run 'newsletter-lint --help' for the commands.");
            }
        }

        internal static int Fail(TextWriter stderr, string message)
        {
            stderr.WriteLine("error: " + message);
            return BadInput;
        }
    }
}
