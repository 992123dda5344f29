using System;

namespace NewsletterLinter.Cli
{
    /// <summary>The <c>newsletter-lint</c> command line.</summary>
    public static class Program
    {
        /// <summary>Runs a command; returns the process exit code.</summary>
        public static int Main(string[] args)
        {
            ParserWarmUp.Start(args);
            if (args.Length > 0 && args[0] == "lsp")
            {
                // The language server owns standard output: protocol messages only, written as they come.
                return CommandLine.Run(args, Console.Out, Console.Error);
            }

            using var streams = new StandardStreams();
            return CommandLine.Run(args, streams.Output, streams.Error);
        }
    }
}
