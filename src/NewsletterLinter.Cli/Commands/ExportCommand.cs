using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using NewsletterLinter.Cli.Output;
using NewsletterLinter.Parsing;
using NewsletterLinter.Parsing.Model;

namespace NewsletterLinter.Cli.Commands
{
    /// <summary><c>export</c>: the parsed issues as JSON.</summary>
    internal static class ExportCommand
    {
        private const string Help = """
            newsletter-lint export <files or folders>... [--output <file>] [--editor <name>]

            Parses every issue (files as given, *.md under folders, bin/ and obj/ excluded) and writes
            the JSON of all of them (schema version 1) to standard output or to the --output file.
            """;

        public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
        {
            var inputs = new List<string>();
            string? output = null;
            string editor = ParserOptions.Default.EditorName;
            for (int i = 0; i < args.Length; i++)
            {
                switch (args[i])
                {
                    case "--help" or "-h":
                        stdout.WriteLine(Help);
                        return CommandLine.Success;
                    case "--output" or "-o" or "--editor":
                        if (i + 1 >= args.Length)
                        {
                            return CommandLine.Fail(stderr, $"{args[i]} needs a value.");
                        }

                        if (args[i] == "--editor")
                        {
                            editor = args[++i];
                        }
                        else
                        {
                            output = args[++i];
                        }

                        break;
                    default:
                        if (args[i].StartsWith("-", StringComparison.Ordinal))
                        {
                            return CommandLine.Fail(stderr, $"Unknown option '{args[i]}' for export. Run 'newsletter-lint export --help'.");
                        }

                        inputs.Add(args[i]);
                        break;
                }
            }

            if (inputs.Count == 0)
            {
                return CommandLine.Fail(stderr, "export needs at least one file or folder.");
            }

            List<string> files = IssueFiles.Expand(inputs, out List<string> missing);
            if (missing.Count > 0)
            {
                return CommandLine.Fail(stderr, "No such file or folder: " + string.Join(", ", missing));
            }

            var options = ParserOptions.Default with { EditorName = editor };
            var issues = new List<IssueDocument>();
            int unreadable = 0;
            foreach (string file in files)
            {
                IssueFile read = IssueFiles.Read(file);
                if (read.Text is null)
                {
                    stderr.WriteLine($"error: {read.DisplayPath}: {read.Error}");
                    unreadable++;
                    continue;
                }

                issues.Add(IssueParser.Parse(read.Text, read.DisplayPath, options));
            }

            using var buffer = new MemoryStream();
            IssueJsonWriter.Write(buffer, issues);
            if (output is null)
            {
                stdout.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
            }
            else
            {
                File.WriteAllBytes(output, buffer.ToArray());
                stderr.WriteLine($"Wrote {issues.Count} issues with {issues.Sum(i => i.Summaries.Count)} summaries to {output}.");
            }

            return unreadable > 0 ? CommandLine.BadInput : CommandLine.Success;
        }
    }
}
