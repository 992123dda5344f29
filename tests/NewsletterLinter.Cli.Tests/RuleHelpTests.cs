using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using NewsletterLinter.Parsing.Rules;
using NewsletterLinter.Tests;

namespace NewsletterLinter.Cli.Tests
{
    /// <summary><c>rules</c> and <c>explain</c> speak from the one rule catalog, as docs/rules.md does.</summary>
    public class RuleHelpTests
    {
        [Fact]
        public void Rules_lists_every_rule_of_the_catalog_as_text()
        {
            Cli.Result result = Cli.Run("rules");

            Assert.Equal(0, result.ExitCode);
            string[] lines = result.Output.Split('\n');
            foreach (RuleInfo rule in RuleCatalog.All)
            {
                string line = Assert.Single(lines, l => l.StartsWith(rule.Id + " ", StringComparison.Ordinal));
                Assert.Contains(rule.Title, line, StringComparison.Ordinal);
                Assert.Matches(Regex.Escape(Commands.RulesCommand.SeverityName(rule.DefaultSeverity)) + @"\s+" + (rule.IsFixable ? "yes" : "no") + @"\s+" + (rule.IsCrossFile ? "yes" : "no") + @"\s*$", line);
            }
        }

        [Fact]
        public void Rules_as_json_carries_every_field_of_the_catalog()
        {
            Cli.Result result = Cli.Run("rules", "--format", "json");

            Assert.Equal(0, result.ExitCode);
            JsonElement[] rules = JsonDocument.Parse(result.Output).RootElement.EnumerateArray().ToArray();
            Assert.Equal(RuleCatalog.All.Select(r => r.Id), rules.Select(r => r.GetProperty("id").GetString()));
            foreach ((RuleInfo rule, JsonElement json) in RuleCatalog.All.Zip(rules))
            {
                Assert.Equal(rule.Title, json.GetProperty("title").GetString());
                Assert.Equal(rule.IsFixable, json.GetProperty("fixable").GetBoolean());
                Assert.Equal(rule.IsCrossFile, json.GetProperty("crossFile").GetBoolean());
                Assert.Equal(rule.Example, json.GetProperty("example").GetString());
                Assert.Equal(rule.Options, json.GetProperty("options").EnumerateArray().Select(o => o.GetString()!));
            }
        }

        [Fact]
        public void Explain_covers_every_rule_with_its_example_fix_options_and_suppression()
        {
            foreach (RuleInfo rule in RuleCatalog.All)
            {
                Cli.Result result = Cli.Run("explain", rule.Id.ToLowerInvariant());

                Assert.Equal(0, result.ExitCode);
                Assert.StartsWith(rule.Id + ": " + rule.Title, result.Output, StringComparison.Ordinal);
                Assert.Contains(rule.Description, result.Output, StringComparison.Ordinal);
                Assert.False(string.IsNullOrWhiteSpace(rule.Example), rule.Id + " has no example");
                Assert.False(string.IsNullOrWhiteSpace(rule.Fixed), rule.Id + " has no fixed form");
                Assert.Contains("    " + rule.Example.Split('\n')[0], result.Output, StringComparison.Ordinal);
                Assert.Contains("    " + rule.Fixed.Split('\n')[0], result.Output, StringComparison.Ordinal);
                Assert.Contains($"dotnet_diagnostic.{rule.Id}.severity", result.Output, StringComparison.Ordinal);
                Assert.Contains($"<!-- an-lint-disable-next-line {rule.Id} -->", result.Output, StringComparison.Ordinal);
                foreach (string option in rule.Options)
                {
                    Assert.Contains(option, result.Output, StringComparison.Ordinal);
                }
            }
        }

        [Fact]
        public void Explain_of_an_unknown_id_names_the_nearest_ids_and_exits_2()
        {
            Cli.Result result = Cli.Run("explain", "AN2010");

            Assert.Equal(2, result.ExitCode);
            Assert.Contains("Unknown rule 'AN2010'", result.Error, StringComparison.Ordinal);
            Assert.Contains("Nearest: AN2001", result.Error, StringComparison.Ordinal);
            Assert.Equal(string.Empty, result.Output);
        }

        [Fact]
        public void The_table_of_docs_rules_is_the_catalog()
        {
            string rules = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "docs", "rules.md"));
            foreach (RuleInfo rule in RuleCatalog.All)
            {
                string fix = rule.IsFixable ? (rule.Id == RuleIds.UnknownSection ? "yes, with a suggestion" : "yes") : string.Empty;
                string row = $"| [{rule.Id}](#{rule.Id.ToLowerInvariant()}) | {rule.Title} | {Commands.RulesCommand.SeverityName(rule.DefaultSeverity)} | {fix} | {(rule.IsCrossFile ? "yes" : string.Empty)} |";
                Assert.Contains(Regex.Replace(row, @"\|  (?=\|)", "| "), rules, StringComparison.Ordinal);
            }
        }
    }
}
