using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using NewsletterLinter.Parsing.Rules;

namespace NewsletterLinter.Cli.Commands
{
    /// <summary><c>explain ID</c>: one rule of the catalog, as the terminal's help page.</summary>
    internal static class ExplainCommand
    {
        public static Command Create()
        {
            var id = new Argument<string>("id") { Description = "A rule id, such as AN2001." };
            var command = new Command("explain", "Explain one rule: what it checks and why, an example that triggers it and its fixed form, its options, and how to change its severity or silence it.");
            command.Arguments.Add(id);
            command.SetAction(result =>
            {
                string wanted = result.GetValue(id) ?? string.Empty;
                if (RuleCatalog.Find(wanted) is not { } rule)
                {
                    return CommandLine.Fail(result.InvocationConfiguration.Error, $"Unknown rule '{wanted}'. Nearest: {string.Join(", ", Nearest(wanted))}. 'newsletter-lint rules' lists them all.");
                }

                Write(rule, result.InvocationConfiguration.Output);
                return CommandLine.Success;
            });
            return command;
        }

        /// <summary>The three ids closest to <paramref name="id"/> by edit distance (ties in id order).</summary>
        internal static IEnumerable<string> Nearest(string id)
        {
            string key = id.Trim().ToUpperInvariant();
            return RuleCatalog.All.Select(r => r.Id).OrderBy(r => Distance(key, r)).ThenBy(r => r, StringComparer.Ordinal).Take(3);
        }

        private static void Write(RuleInfo rule, TextWriter output)
        {
            output.WriteLine($"{rule.Id}: {rule.Title}");
            output.WriteLine();
            output.WriteLine($"Default severity: {RulesCommand.SeverityName(rule.DefaultSeverity)}. Fix: {(rule.IsFixable ? "yes (fix, the IDE's code fix and the language server's quick fix)" : "no")}. Cross-file: {(rule.IsCrossFile ? "yes, it reads the other issues of the archive" : "no")}.");
            output.WriteLine();
            output.WriteLine(rule.Description);
            output.WriteLine();
            output.WriteLine("Example:");
            Indent(output, rule.Example);
            output.WriteLine();
            output.WriteLine(rule.IsFixable ? "Fixed:" : "Repaired:");
            Indent(output, rule.Fixed);
            output.WriteLine();
            output.WriteLine("Options: " + (rule.Options.Count == 0 ? "none." : string.Join(", ", rule.Options) + " (MSBuild properties and keys of newsletter-lint.json; see docs/configuration.md)."));
            output.WriteLine();
            output.WriteLine("Severity:");
            output.WriteLine($"  newsletter-lint.json    {{ \"Severity\": {{ \"{rule.Id}\": \"error\" }} }}   (error, warning, suggestion or none)");
            output.WriteLine($"  .globalconfig (build)   dotnet_diagnostic.{rule.Id}.severity = error");
            output.WriteLine("Silence it in an issue:");
            output.WriteLine($"  <!-- an-lint-disable-next-line {rule.Id} -->   or   <!-- an-lint-disable {rule.Id} --> ... <!-- an-lint-enable {rule.Id} -->");
            output.WriteLine();
            output.WriteLine("More: " + rule.HelpUri);
        }

        private static void Indent(TextWriter output, string text)
        {
            foreach (string line in text.Split('\n'))
            {
                output.WriteLine("    " + line);
            }
        }

        private static int Distance(string a, string b)
        {
            int[] previous = Enumerable.Range(0, b.Length + 1).ToArray();
            for (int i = 1; i <= a.Length; i++)
            {
                int[] current = new int[b.Length + 1];
                current[0] = i;
                for (int j = 1; j <= b.Length; j++)
                {
                    current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                }

                previous = current;
            }

            return previous[b.Length];
        }
    }
}
