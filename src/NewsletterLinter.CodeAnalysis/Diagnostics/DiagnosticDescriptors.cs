using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using NewsletterLinter.Parsing.Rules;

namespace NewsletterLinter.CodeAnalysis.Diagnostics
{
    /// <summary>
    /// Every diagnostic this assembly reports. The rules' descriptors are made from the rule catalog
    /// (<see cref="RuleCatalog"/>), the one place a rule's id, title, category, severity, description
    /// and help link are written; release tracking lists them in AnalyzerReleases.*.md, and a test
    /// holds the files to the catalog. Messages are written by the rules.
    /// </summary>
    internal static class DiagnosticDescriptors
    {
        /// <summary>The descriptors of the rule catalog, in id order.</summary>
        public static ImmutableArray<DiagnosticDescriptor> Rules { get; } = RuleCatalog.All.Select(Describe).ToImmutableArray();

        /// <summary>NLG001: the generator could not turn an issue into code. Not a rule of the catalog: no issue breaks it.</summary>
        public static readonly DiagnosticDescriptor GeneratorFailure = new(
            id: "NLG001",
            title: "An issue could not be turned into code",
            messageFormat: "The newsletter generator skipped '{0}': {1}",
            category: "NewsletterGenerator",
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "The generator met something it could not handle in an issue and left the issue out of the generated catalog. This is a bug in the generator: please report it with the issue file.",
            helpLinkUri: RuleCatalog.HelpBaseUri + "#nlg001");

        private static readonly ImmutableDictionary<string, DiagnosticDescriptor> ById = Rules.ToImmutableDictionary(d => d.Id);

        /// <summary>The descriptor of AN0005, which the analyzer reports for the build's configuration.</summary>
        public static DiagnosticDescriptor InvalidConfiguration => ById[RuleIds.InvalidConfiguration];

        /// <summary>The descriptor of rule <paramref name="id"/>.</summary>
        public static DiagnosticDescriptor ForRule(string id) => ById[id];

        private static DiagnosticDescriptor Describe(RuleInfo rule) => new(
            id: rule.Id,
            title: rule.Title,
            messageFormat: "{0}",
            category: rule.Category,
            defaultSeverity: rule.DefaultSeverity switch
            {
                RuleSeverity.Error => DiagnosticSeverity.Error,
                RuleSeverity.Warning => DiagnosticSeverity.Warning,
                _ => DiagnosticSeverity.Info,
            },
            isEnabledByDefault: true,
            description: rule.Description,
            helpLinkUri: rule.HelpUri);
    }
}
