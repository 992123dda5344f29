using System.Collections.Generic;
using System.CommandLine;
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
        public static Command Create()
        {
            var inputs = new CheckOptions().Inputs;
            var output = new Option<string?>("--output", "-o") { Description = "Write the JSON to this file instead of standard output.", HelpName = "file" };
            var editor = new Option<string?>("--editor") { Description = "Who 'My opinion:' belongs to (default Rohin).", HelpName = "name" };
            var format = new Option<string>("--format") { Description = "json (default: the parsed issues, schema version 1) or csv (one row per summary in the columns of the newsletter's own record).", DefaultValueFactory = _ => "json", HelpName = "format" };
            format.AcceptOnlyFromAmong("json", "csv");
            var command = new Command("export", "Parse every issue and write the JSON of all of them (schema version 1), or with --format csv the newsletter's record of their summaries, to standard output or to the --output file. Exit codes: 0 written, 2 bad arguments or unreadable input.");
            command.Arguments.Add(inputs);
            command.Options.Add(output);
            command.Options.Add(editor);
            command.Options.Add(format);
            command.SetAction(result =>
            {
                TextWriter stdout = result.InvocationConfiguration.Output;
                TextWriter stderr = result.InvocationConfiguration.Error;
                List<string> files = IssueFiles.Expand(result.GetValue(inputs)!, out _);
                var options = ParserOptions.Default with { EditorName = result.GetValue(editor) ?? ParserOptions.Default.EditorName };
                var issues = new List<(IssueDocument, string)>();
                int unreadable = 0;
                using (var progress = new Progress(stderr, "Parsing", files.Count))
                {
                    foreach (string file in files)
                    {
                        IssueFile read = IssueFiles.Read(file);
                        progress.Report(issues.Count + unreadable + 1);
                        if (read.Text is null)
                        {
                            stderr.WriteLine($"error: {read.DisplayPath}: {read.Error}");
                            unreadable++;
                            continue;
                        }

                        issues.Add((IssueParser.Parse(read.Text, read.DisplayPath, options), read.Text));
                    }
                }

                using var buffer = new MemoryStream();
                if (result.GetValue(format) == "csv")
                {
                    using var writer = new StreamWriter(buffer, new UTF8Encoding(false), 64 * 1024, leaveOpen: true);
                    IssueCsvWriter.Write(writer, issues, options.Taxonomy);
                }
                else
                {
                    IssueJsonWriter.Write(buffer, issues, options.Taxonomy);
                }

                string? path = result.GetValue(output);
                if (path is null)
                {
                    // The CSV ends its last row with its own line break; the JSON gets one.
                    string written = Encoding.UTF8.GetString(buffer.ToArray());
                    if (result.GetValue(format) == "csv")
                    {
                        stdout.Write(written);
                    }
                    else
                    {
                        stdout.WriteLine(written);
                    }
                }
                else
                {
                    try
                    {
                        File.WriteAllBytes(path, buffer.ToArray());
                    }
                    catch (System.Exception exception) when (exception is IOException or System.UnauthorizedAccessException)
                    {
                        return CommandLine.Fail(stderr, $"{path}: the export cannot be written ({exception.Message}).");
                    }

                    stderr.WriteLine($"Wrote {Plural.Of(issues.Count, "issue")} with {Plural.Of(issues.Sum(i => i.Item1.Summaries.Count), "summary", "summaries")} to {path}.");
                }

                return unreadable > 0 ? CommandLine.BadInput : CommandLine.Success;
            });
            return command;
        }
    }
}
