using System;
using System.IO;

namespace NewsletterLinter.Cli
{
    /// <summary>The <c>newsletter-lint</c> command line.</summary>
    public static class Program
    {
        /// <summary>Runs a command; returns the process exit code.</summary>
        public static int Main(string[] args)
        {
            ParserWarmUp.Start(args);
            return CommandLine.Run(args, Console.Out, Console.Error);
        }
    }
}
