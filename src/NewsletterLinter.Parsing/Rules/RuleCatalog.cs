using System.Collections.Generic;
using System.Linq;

namespace NewsletterLinter.Parsing.Rules
{
    /// <summary>The rule catalog: every rule, its families and where its documentation lives.</summary>
    internal static class RuleCatalog
    {
        /// <summary>Where the rule documentation lives; each rule has an anchor named after its id.</summary>
        public const string HelpBaseUri = "https://github.com/newsletter-linter/newsletter-linter/blob/main/docs/rules.md";

        /// <summary>The family of AN0xxx rules.</summary>
        public const string IssueFileCategory = "NewsletterIssueFile";

        /// <summary>The family of AN1xxx rules.</summary>
        public const string ReferenceCategory = "NewsletterReferences";

        /// <summary>The family of AN2xxx rules.</summary>
        public const string OpinionCategory = "NewsletterOpinions";

        /// <summary>The family of AN3xxx rules.</summary>
        public const string SectionHeaderCategory = "NewsletterSectionHeaders";

        /// <summary>Every rule, in id order: one type each, in a folder of its family.</summary>
        internal static IReadOnlyList<IssueRule> Rules { get; } = new IssueRule[]
        {
            new AN0001IssueNumberMissing(),
            new AN0002DuplicateIssueNumber(),
            new AN0003UnreadableFile(),
            new AN0004MalformedEntryHeader(),
            new AN0005InvalidConfiguration(),
            new AN0006UnreadEntries(),
            new AN1001DanglingReference(),
            new AN1002SelfOrForwardReference(),
            new AN1003MalformedReference(),
            new AN1004CitedTitleNotFound(),
            new AN1005CitedSummaryNotFound(),
            new AN2001MissingOpinion(),
            new AN2002OrphanOpinion(),
            new AN2003DuplicateOpinion(),
            new AN2004EmptyOpinion(),
            new AN2005MalformedOpinionLabel(),
            new AN3001MixedHeaderStyles(),
            new AN3002InconsistentHeadingLevel(),
            new AN3003UnknownSection(),
            new AN3004MisplacedSubsection(),
            new AN3005HeaderSpelling(),
            new AN3006DuplicateSection(),
            new AN3007SectionOrder(),
        };

        /// <summary>Every rule's catalog entry, in id order.</summary>
        public static IReadOnlyList<RuleInfo> All { get; } = Rules.Select(r => r.Info).ToArray();

        private static readonly Dictionary<string, RuleInfo> ById = All.ToDictionary(r => r.Id);

        /// <summary>The rule with id <paramref name="id"/>.</summary>
        public static RuleInfo Get(string id) => ById[id];

        /// <summary>The rule with id <paramref name="id"/> (any letter case), or null.</summary>
        public static RuleInfo? Find(string id) => ById.TryGetValue(id.Trim().ToUpperInvariant(), out RuleInfo? rule) ? rule : null;
    }
}
