using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using NewsletterLinter.CodeAnalysis.Diagnostics;
using NewsletterLinter.Parsing.Rules;
using NewsletterLinter.Tests;

namespace NewsletterLinter.CodeAnalysis.Tests
{
    /// <summary>The descriptors, the rule catalog, release tracking and the documentation agree.</summary>
    public class CatalogTests
    {
        [Fact]
        public void Every_catalog_rule_has_a_matching_descriptor()
        {
            Assert.Equal(RuleCatalog.All.Select(r => r.Id), DiagnosticDescriptors.Rules.Select(d => d.Id));
            foreach (RuleInfo rule in RuleCatalog.All)
            {
                DiagnosticDescriptor descriptor = DiagnosticDescriptors.ForRule(rule.Id);
                Assert.Equal(rule.Title, descriptor.Title.ToString());
                Assert.Equal(rule.Category, descriptor.Category);
                Assert.Equal(rule.HelpUri, descriptor.HelpLinkUri);
                DiagnosticSeverity expected = rule.DefaultSeverity switch
                {
                    RuleSeverity.Error => DiagnosticSeverity.Error,
                    RuleSeverity.Warning => DiagnosticSeverity.Warning,
                    _ => DiagnosticSeverity.Info,
                };
                Assert.Equal(expected, descriptor.DefaultSeverity);
            }
        }

        [Fact]
        public void Every_help_link_points_to_a_section_of_the_rules_document()
        {
            string rules = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "docs", "rules.md"));
            var anchors = Regex.Matches(rules, @"^### (\S+)$", RegexOptions.Multiline).Select(m => m.Groups[1].Value.ToLowerInvariant()).ToHashSet();
            foreach (DiagnosticDescriptor descriptor in DiagnosticDescriptors.Rules.Append(DiagnosticDescriptors.GeneratorFailure))
            {
                Assert.StartsWith(RuleCatalog.HelpBaseUri + "#", descriptor.HelpLinkUri);
                string anchor = descriptor.HelpLinkUri.Substring(descriptor.HelpLinkUri.IndexOf('#') + 1);
                Assert.Contains(anchor, anchors);
            }
        }

        [Fact]
        public void Every_rule_is_tracked_with_its_category_and_severity_and_nothing_else_is()
        {
            // The release tracking analyzer cannot see descriptors made from the catalog: this is its check.
            string root = Path.Combine(TestPaths.RepositoryRoot, "src", "NewsletterLinter.CodeAnalysis");
            var rows = (File.ReadAllText(Path.Combine(root, "AnalyzerReleases.Shipped.md")) + "\n" + File.ReadAllText(Path.Combine(root, "AnalyzerReleases.Unshipped.md")))
                .Split('\n')
                .Select(line => line.Split('|').Select(cell => cell.Trim()).ToArray())
                .Where(cells => cells.Length >= 3 && Regex.IsMatch(cells[0], "^[A-Z]+[0-9]+$"))
                .ToDictionary(cells => cells[0]);
            foreach (DiagnosticDescriptor descriptor in DiagnosticDescriptors.Rules.Append(DiagnosticDescriptors.GeneratorFailure))
            {
                Assert.True(rows.TryGetValue(descriptor.Id, out string[]? row), descriptor.Id + " is not tracked");
                Assert.Equal(descriptor.Category, row![1]);
                Assert.Equal(descriptor.DefaultSeverity == DiagnosticSeverity.Info ? "Info" : descriptor.DefaultSeverity.ToString(), row[2]);
            }

            Assert.Equal(rows.Keys.Order(), DiagnosticDescriptors.Rules.Append(DiagnosticDescriptors.GeneratorFailure).Select(d => d.Id).Order());
        }

        [Fact]
        public void Every_rule_is_tracked_in_the_release_files()
        {
            string unshipped = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "src", "NewsletterLinter.CodeAnalysis", "AnalyzerReleases.Unshipped.md"));
            string shipped = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "src", "NewsletterLinter.CodeAnalysis", "AnalyzerReleases.Shipped.md"));
            foreach (DiagnosticDescriptor descriptor in DiagnosticDescriptors.Rules)
            {
                Assert.True(unshipped.Contains(descriptor.Id + " |") || shipped.Contains(descriptor.Id + " |"), descriptor.Id + " is not tracked");
            }
        }
    }
}
