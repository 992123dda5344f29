using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text.Json;
using NewsletterLinter.Parsing.Rules;

namespace NewsletterLinter.Cli.Commands
{
    /// <summary><c>rules</c>: every rule of the catalog, as a table or as JSON.</summary>
    internal static class RulesCommand
    {
        public static Command Create()
        {
            var format = new Option<string>("--format") { Description = "text (default) or json.", DefaultValueFactory = _ => "text", HelpName = "format" };
            format.AcceptOnlyFromAmong("text", "json");
            var command = new Command("rules", "List every rule: id, title, default severity, whether a fix repairs it and whether it needs the other issues of the archive (cross-file). 'explain ID' tells more of one.");
            command.Options.Add(format);
            command.SetAction(result =>
            {
                TextWriter stdout = result.InvocationConfiguration.Output;
                if (result.GetValue(format) == "json")
                {
                    WriteJson(stdout);
                }
                else
                {
                    WriteText(stdout);
                }

                return CommandLine.Success;
            });
            return command;
        }

        /// <summary>A severity as the configuration writes it.</summary>
        internal static string SeverityName(RuleSeverity severity) => severity switch
        {
            RuleSeverity.Error => "error",
            RuleSeverity.Warning => "warning",
            _ => "suggestion",
        };

        private static void WriteText(TextWriter output)
        {
            int title = RuleCatalog.All.Max(r => r.Title.Length);
            output.WriteLine($"{"id",-7} {"title".PadRight(title)} {"default",-10} {"fix",-4} cross-file");
            foreach (RuleInfo rule in RuleCatalog.All)
            {
                output.WriteLine($"{rule.Id,-7} {rule.Title.PadRight(title)} {SeverityName(rule.DefaultSeverity),-10} {(rule.IsFixable ? "yes" : "no"),-4} {(rule.IsCrossFile ? "yes" : "no")}");
            }

            output.WriteLine();
            output.WriteLine("'newsletter-lint explain ID' prints what a rule checks, an example and how to configure it.");
        }

        private static void WriteJson(TextWriter output)
        {
            var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
            {
                writer.WriteStartArray();
                foreach (RuleInfo rule in RuleCatalog.All)
                {
                    writer.WriteStartObject();
                    writer.WriteString("id", rule.Id);
                    writer.WriteString("title", rule.Title);
                    writer.WriteString("category", rule.Category);
                    writer.WriteString("defaultSeverity", SeverityName(rule.DefaultSeverity));
                    writer.WriteBoolean("fixable", rule.IsFixable);
                    writer.WriteBoolean("crossFile", rule.IsCrossFile);
                    writer.WriteString("description", rule.Description);
                    writer.WriteString("example", rule.Example);
                    writer.WriteString("fixed", rule.Fixed);
                    writer.WriteStartArray("options");
                    foreach (string option in rule.Options)
                    {
                        writer.WriteStringValue(option);
                    }

                    writer.WriteEndArray();
                    writer.WriteString("helpUri", rule.HelpUri);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
            }

            output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        }
    }
}
