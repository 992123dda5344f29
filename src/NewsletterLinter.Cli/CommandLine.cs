using System.CommandLine;
using System.IO;
using NewsletterLinter.Cli.Commands;

namespace NewsletterLinter.Cli
{
    /// <summary>
    /// The <c>newsletter-lint</c> command line (System.CommandLine): generated help for every command,
    /// validation with clear errors and exit code 2, response files (<c>@args.rsp</c>) and shell
    /// completion through <c>dotnet-suggest</c>.
    /// </summary>
    public static class CommandLine
    {
        /// <summary>Exit code: success, no error-level finding.</summary>
        public const int Success = 0;

        /// <summary>Exit code: error-level findings.</summary>
        public const int Findings = 1;

        /// <summary>Exit code: bad arguments or unreadable input.</summary>
        public const int BadInput = 2;

        /// <summary>The root command and its subcommands.</summary>
        public static RootCommand CreateRoot()
        {
            var root = new RootCommand("newsletter-lint: check Alignment Newsletter issues, repair them, adopt the linter on an archive, and export the issues as JSON. Rules: 'newsletter-lint rules', 'newsletter-lint explain ID' and docs/rules.md. Configuration: docs/configuration.md.")
            {
                LintCommand.Create(),
                FixCommand.Create(),
                BaselineCommand.Create(),
                ExportCommand.Create(),
                LspCommand.Create(),
                RulesCommand.Create(),
                ExplainCommand.Create(),
            };
            return root;
        }

        /// <summary>Runs the command line with the given writers; returns the exit code.</summary>
        public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
        {
            RootCommand root = CreateRoot();
            ParseResult result = root.Parse(args);
            if (result.Errors.Count > 0)
            {
                foreach (var error in result.Errors)
                {
                    stderr.WriteLine("error: " + error.Message);
                }

                string command = result.CommandResult.Command is RootCommand ? string.Empty : result.CommandResult.Command.Name + " ";
                stderr.WriteLine($"Run 'newsletter-lint {command}--help' for usage.");
                return BadInput;
            }

            return result.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
        }

        internal static int Fail(TextWriter stderr, string message)
        {
            stderr.WriteLine("error: " + message);
            return BadInput;
        }
    }
}
