using System;
using System.Threading;
using NewsletterLinter.Parsing.Configuration;
using NewsletterLinter.Parsing.Rules;

namespace NewsletterLinter.Cli
{
    /// <summary>
    /// Readies the parser and the rules on a second core while the main thread reads the command
    /// line, the configuration and the folder: the first parse of a process pays for loading and
    /// preparing the code of Markdig, the parser and the rules (about 40 ms), and that no longer
    /// waits for the files. Nothing it does is seen: it parses a small issue of its own and drops
    /// the result.
    /// </summary>
    internal static class ParserWarmUp
    {
        private const string Sample = "# [AN #1]: Warm up\n\n# HIGHLIGHTS\n\n**[A Title](https://example.org/a)** *(Ann Lee)* (summarized by Rohin): Text citing AN #2, with *emphasis*.\n\n**Rohin's opinion:** Fine.\n\n# NEWS\n\nPlain text.\n";

        /// <summary>Starts the warm-up for the commands that parse issues.</summary>
        public static void Start(string[] args)
        {
            if (args.Length == 0 || args[0] is not ("lint" or "fix" or "baseline" or "export"))
            {
                return;
            }

            var thread = new Thread(() =>
            {
                try
                {
                    IssueRules.CheckAll(new[] { ("AN-1.md", Sample), ("AN-2.md", Sample.Replace("#1]", "#2]")) }, RuleOptions.Default);
                }
                catch (Exception)
                {
                    // A warm-up never fails a command: the real parse reports whatever there is to report.
                }
            })
            {
                IsBackground = true,
                Name = "parser warm-up",
                Priority = ThreadPriority.BelowNormal,
            };
            thread.Start();
        }
    }
}
