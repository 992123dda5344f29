using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using NewsletterLinter.Parsing.Rules;

namespace NewsletterLinter.CodeAnalysis.Diagnostics
{
    /// <summary>
    /// Every diagnostic this assembly reports, in one place. Ids, categories and default severities are
    /// tracked in AnalyzerReleases.*.md; titles and descriptions match <see cref="RuleCatalog"/>, which
    /// the command-line tool uses, and a test keeps the two in step. Messages are written by the rules.
    /// </summary>
    public static class DiagnosticDescriptors
    {
        private const string IssueFileCategory = "NewsletterIssueFile";
        private const string ReferenceCategory = "NewsletterReferences";
        private const string OpinionCategory = "NewsletterOpinions";
        private const string SectionHeaderCategory = "NewsletterSectionHeaders";
        private const string GeneratorCategory = "NewsletterGenerator";

        /// <summary>AN0001: Issue number cannot be determined.</summary>
        public static readonly DiagnosticDescriptor IssueNumberMissing = new(
            id: RuleIds.IssueNumberMissing,
            title: "Issue number cannot be determined",
            messageFormat: "{0}",
            category: IssueFileCategory,
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: Describe(RuleIds.IssueNumberMissing),
            helpLinkUri: HelpLink(RuleIds.IssueNumberMissing));

        /// <summary>AN0002: Two files claim the same issue number.</summary>
        public static readonly DiagnosticDescriptor DuplicateIssueNumber = new(
            id: RuleIds.DuplicateIssueNumber,
            title: "Two files claim the same issue number",
            messageFormat: "{0}",
            category: IssueFileCategory,
            defaultSeverity: DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            description: Describe(RuleIds.DuplicateIssueNumber),
            helpLinkUri: HelpLink(RuleIds.DuplicateIssueNumber));

        /// <summary>AN0003: Issue file is unreadable.</summary>
        public static readonly DiagnosticDescriptor UnreadableFile = new(
            id: RuleIds.UnreadableFile,
            title: "Issue file is unreadable",
            messageFormat: "{0}",
            category: IssueFileCategory,
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: Describe(RuleIds.UnreadableFile),
            helpLinkUri: HelpLink(RuleIds.UnreadableFile));

        /// <summary>AN0004: Summary entry header is malformed.</summary>
        public static readonly DiagnosticDescriptor MalformedEntryHeader = new(
            id: RuleIds.MalformedEntryHeader,
            title: "Summary entry header is malformed",
            messageFormat: "{0}",
            category: IssueFileCategory,
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: Describe(RuleIds.MalformedEntryHeader),
            helpLinkUri: HelpLink(RuleIds.MalformedEntryHeader));

        /// <summary>AN0005: Invalid Newsletter Linter configuration; reported once per compilation.</summary>
        public static readonly DiagnosticDescriptor InvalidConfiguration = new(
            id: RuleIds.InvalidConfiguration,
            title: "Invalid Newsletter Linter configuration",
            messageFormat: "{0}",
            category: IssueFileCategory,
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: Describe(RuleIds.InvalidConfiguration),
            helpLinkUri: HelpLink(RuleIds.InvalidConfiguration),
            customTags: WellKnownDiagnosticTags.CompilationEnd);

        /// <summary>AN0006: Entries marked but not read.</summary>
        public static readonly DiagnosticDescriptor UnreadEntries = new(
            id: RuleIds.UnreadEntries,
            title: "Entries marked but not read",
            messageFormat: "{0}",
            category: IssueFileCategory,
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: Describe(RuleIds.UnreadEntries),
            helpLinkUri: HelpLink(RuleIds.UnreadEntries));

        /// <summary>AN1001: Dangling issue reference.</summary>
        public static readonly DiagnosticDescriptor DanglingReference = new(
            id: RuleIds.DanglingReference,
            title: "Dangling issue reference",
            messageFormat: "{0}",
            category: ReferenceCategory,
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: Describe(RuleIds.DanglingReference),
            helpLinkUri: HelpLink(RuleIds.DanglingReference));

        /// <summary>AN1002: Reference to the issue itself or to a later issue.</summary>
        public static readonly DiagnosticDescriptor SelfOrForwardReference = new(
            id: RuleIds.SelfOrForwardReference,
            title: "Reference to the issue itself or to a later issue",
            messageFormat: "{0}",
            category: ReferenceCategory,
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: Describe(RuleIds.SelfOrForwardReference),
            helpLinkUri: HelpLink(RuleIds.SelfOrForwardReference));

        /// <summary>AN1003: Malformed issue reference.</summary>
        public static readonly DiagnosticDescriptor MalformedReference = new(
            id: RuleIds.MalformedReference,
            title: "Malformed issue reference",
            messageFormat: "{0}",
            category: ReferenceCategory,
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: Describe(RuleIds.MalformedReference),
            helpLinkUri: HelpLink(RuleIds.MalformedReference));

        /// <summary>AN1004: Cited title not found in the referenced issue.</summary>
        public static readonly DiagnosticDescriptor CitedTitleNotFound = new(
            id: RuleIds.CitedTitleNotFound,
            title: "Cited title not found in the referenced issue",
            messageFormat: "{0}",
            category: ReferenceCategory,
            defaultSeverity: DiagnosticSeverity.Info,
            isEnabledByDefault: true,
            description: Describe(RuleIds.CitedTitleNotFound),
            helpLinkUri: HelpLink(RuleIds.CitedTitleNotFound));

        /// <summary>AN2001: Missing opinion.</summary>
        public static readonly DiagnosticDescriptor MissingOpinion = new(
            id: RuleIds.MissingOpinion,
            title: "Missing opinion",
            messageFormat: "{0}",
            category: OpinionCategory,
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: Describe(RuleIds.MissingOpinion),
            helpLinkUri: HelpLink(RuleIds.MissingOpinion));

        /// <summary>AN2002: Orphan opinion.</summary>
        public static readonly DiagnosticDescriptor OrphanOpinion = new(
            id: RuleIds.OrphanOpinion,
            title: "Orphan opinion",
            messageFormat: "{0}",
            category: OpinionCategory,
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: Describe(RuleIds.OrphanOpinion),
            helpLinkUri: HelpLink(RuleIds.OrphanOpinion));

        /// <summary>AN2003: Two opinions by one person on one summary.</summary>
        public static readonly DiagnosticDescriptor DuplicateOpinion = new(
            id: RuleIds.DuplicateOpinion,
            title: "Two opinions by one person on one summary",
            messageFormat: "{0}",
            category: OpinionCategory,
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: Describe(RuleIds.DuplicateOpinion),
            helpLinkUri: HelpLink(RuleIds.DuplicateOpinion));

        /// <summary>AN2004: Empty opinion.</summary>
        public static readonly DiagnosticDescriptor EmptyOpinion = new(
            id: RuleIds.EmptyOpinion,
            title: "Empty opinion",
            messageFormat: "{0}",
            category: OpinionCategory,
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: Describe(RuleIds.EmptyOpinion),
            helpLinkUri: HelpLink(RuleIds.EmptyOpinion));

        /// <summary>AN2005: Malformed opinion label.</summary>
        public static readonly DiagnosticDescriptor MalformedOpinionLabel = new(
            id: RuleIds.MalformedOpinionLabel,
            title: "Malformed opinion label",
            messageFormat: "{0}",
            category: OpinionCategory,
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: Describe(RuleIds.MalformedOpinionLabel),
            helpLinkUri: HelpLink(RuleIds.MalformedOpinionLabel));

        /// <summary>AN3001: Header styles mixed within one issue.</summary>
        public static readonly DiagnosticDescriptor MixedHeaderStyles = new(
            id: RuleIds.MixedHeaderStyles,
            title: "Header styles mixed within one issue",
            messageFormat: "{0}",
            category: SectionHeaderCategory,
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: Describe(RuleIds.MixedHeaderStyles),
            helpLinkUri: HelpLink(RuleIds.MixedHeaderStyles));

        /// <summary>AN3002: Inconsistent or skipped heading level.</summary>
        public static readonly DiagnosticDescriptor InconsistentHeadingLevel = new(
            id: RuleIds.InconsistentHeadingLevel,
            title: "Inconsistent or skipped heading level",
            messageFormat: "{0}",
            category: SectionHeaderCategory,
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: Describe(RuleIds.InconsistentHeadingLevel),
            helpLinkUri: HelpLink(RuleIds.InconsistentHeadingLevel));

        /// <summary>AN3003: Unknown section name.</summary>
        public static readonly DiagnosticDescriptor UnknownSection = new(
            id: RuleIds.UnknownSection,
            title: "Unknown section name",
            messageFormat: "{0}",
            category: SectionHeaderCategory,
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: Describe(RuleIds.UnknownSection),
            helpLinkUri: HelpLink(RuleIds.UnknownSection));

        /// <summary>AN3004: Subsection under the wrong section.</summary>
        public static readonly DiagnosticDescriptor MisplacedSubsection = new(
            id: RuleIds.MisplacedSubsection,
            title: "Subsection under the wrong section",
            messageFormat: "{0}",
            category: SectionHeaderCategory,
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: Describe(RuleIds.MisplacedSubsection),
            helpLinkUri: HelpLink(RuleIds.MisplacedSubsection));

        /// <summary>AN3005: Header casing or white space differs from the taxonomy.</summary>
        public static readonly DiagnosticDescriptor HeaderSpelling = new(
            id: RuleIds.HeaderSpelling,
            title: "Header casing or white space differs from the taxonomy",
            messageFormat: "{0}",
            category: SectionHeaderCategory,
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: Describe(RuleIds.HeaderSpelling),
            helpLinkUri: HelpLink(RuleIds.HeaderSpelling));

        /// <summary>AN3006: Section appears twice.</summary>
        public static readonly DiagnosticDescriptor DuplicateSection = new(
            id: RuleIds.DuplicateSection,
            title: "Section appears twice",
            messageFormat: "{0}",
            category: SectionHeaderCategory,
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: Describe(RuleIds.DuplicateSection),
            helpLinkUri: HelpLink(RuleIds.DuplicateSection));

        /// <summary>AN3007: Sections out of canonical order.</summary>
        public static readonly DiagnosticDescriptor SectionOrder = new(
            id: RuleIds.SectionOrder,
            title: "Sections out of canonical order",
            messageFormat: "{0}",
            category: SectionHeaderCategory,
            defaultSeverity: DiagnosticSeverity.Info,
            isEnabledByDefault: true,
            description: Describe(RuleIds.SectionOrder),
            helpLinkUri: HelpLink(RuleIds.SectionOrder));

        /// <summary>NLG001: the generator could not turn an issue into code; the build goes on without it.</summary>
        public static readonly DiagnosticDescriptor GeneratorFailure = new(
            id: "NLG001",
            title: "An issue could not be turned into code",
            messageFormat: "The newsletter generator skipped '{0}': {1}",
            category: GeneratorCategory,
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "The generator met something it could not handle in an issue and left the issue out of the generated catalog. This is a bug in the generator: please report it with the issue file.",
            helpLinkUri: RuleCatalog.HelpBaseUri + "#nlg001");

        /// <summary>The descriptors of the rule catalog, in id order.</summary>
        public static ImmutableArray<DiagnosticDescriptor> Rules { get; } = ImmutableArray.Create(
            IssueNumberMissing,
            DuplicateIssueNumber,
            UnreadableFile,
            MalformedEntryHeader,
            InvalidConfiguration,
            UnreadEntries,
            DanglingReference,
            SelfOrForwardReference,
            MalformedReference,
            CitedTitleNotFound,
            MissingOpinion,
            OrphanOpinion,
            DuplicateOpinion,
            EmptyOpinion,
            MalformedOpinionLabel,
            MixedHeaderStyles,
            InconsistentHeadingLevel,
            UnknownSection,
            MisplacedSubsection,
            HeaderSpelling,
            DuplicateSection,
            SectionOrder);

        private static readonly ImmutableDictionary<string, DiagnosticDescriptor> ById = CreateIndex();

        /// <summary>The descriptor of rule <paramref name="id"/>.</summary>
        public static DiagnosticDescriptor ForRule(string id) => ById[id];

        private static string Describe(string id) => RuleCatalog.Get(id).Description;

        private static string HelpLink(string id) => RuleCatalog.Get(id).HelpUri;

        private static ImmutableDictionary<string, DiagnosticDescriptor> CreateIndex()
        {
            ImmutableDictionary<string, DiagnosticDescriptor>.Builder builder = ImmutableDictionary.CreateBuilder<string, DiagnosticDescriptor>();
            foreach (DiagnosticDescriptor descriptor in Rules)
            {
                builder.Add(descriptor.Id, descriptor);
            }

            return builder.ToImmutable();
        }
    }
}
