using System.Collections.Generic;
using System.Linq;

namespace NewsletterLinter.Parsing.Rules
{
    /// <summary>How serious a finding is by default.</summary>
    public enum RuleSeverity
    {
        /// <summary>Shown as a suggestion (Roslyn: Info).</summary>
        Suggestion,

        /// <summary>A warning.</summary>
        Warning,

        /// <summary>An error: the build fails.</summary>
        Error,
    }

    /// <summary>What a rule checks, for documentation, SARIF and the Roslyn descriptors.</summary>
    /// <param name="Id">The rule id, such as <c>AN1001</c>.</param>
    /// <param name="Title">A short title.</param>
    /// <param name="Category">The rule family.</param>
    /// <param name="DefaultSeverity">The severity when nothing configures it.</param>
    /// <param name="Description">What the rule checks and why.</param>
    /// <param name="IsFixable">Whether a code fix repairs the finding.</param>
    public sealed record RuleInfo(string Id, string Title, string Category, RuleSeverity DefaultSeverity, string Description, bool IsFixable)
    {
        /// <summary>Whether the rule needs the other issues of the archive (the build's issues, or every input of the tool).</summary>
        public bool IsCrossFile { get; init; }

        /// <summary>Markdown (or a file layout) that triggers the rule.</summary>
        public string Example { get; init; } = string.Empty;

        /// <summary>The example repaired: what the fix writes, or what the author changes.</summary>
        public string Fixed { get; init; } = string.Empty;

        /// <summary>The option keys (<see cref="RuleOptions.Keys"/>) that change what the rule finds.</summary>
        public IReadOnlyList<string> Options { get; init; } = System.Array.Empty<string>();

        /// <summary>The documentation page that explains the rule.</summary>
        public string HelpUri => RuleCatalog.HelpBaseUri + "#" + Id.ToLowerInvariant();
    }

    /// <summary>Every rule of the catalog.</summary>
    public static class RuleCatalog
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

        /// <summary>Every rule, in id order.</summary>
        public static IReadOnlyList<RuleInfo> All { get; } = new[]
        {
            new RuleInfo(RuleIds.IssueNumberMissing, "Issue number cannot be determined", IssueFileCategory, RuleSeverity.Warning, "An issue needs a number: from front matter ('number: 99'), a title such as '[AN #99]: ...', or a file name such as 'AN-099.md'. Without it, references to the issue cannot resolve.", false)
            {
                Example = "notes.md:\nSome notes on the week",
                Fixed = "---\nnumber: 174\n---\nSome notes on the week",
            },
            new RuleInfo(RuleIds.DuplicateIssueNumber, "Two files claim the same issue number", IssueFileCategory, RuleSeverity.Error, "Each issue number belongs to one file; a second file with the same number makes references to it ambiguous.", false)
            {
                IsCrossFile = true,
                Example = "AN-099.md and AN-099-draft.md, both titled '[AN #99]: ...'",
                Fixed = "AN-099.md alone (the draft deleted or renumbered)",
            },
            new RuleInfo(RuleIds.UnreadableFile, "Issue file is unreadable", IssueFileCategory, RuleSeverity.Warning, "The file is binary, not UTF-8, or over the size limit, so it was not parsed.", false)
            {
                Example = "an issue saved as UTF-16, or holding NUL bytes",
                Fixed = "the same issue saved as UTF-8 text",
            },
            new RuleInfo(RuleIds.MalformedEntryHeader, "Summary entry header is malformed", IssueFileCategory, RuleSeverity.Warning, "A paragraph starts like a summary entry but its header does not follow 'Title (Authors) (summarized by Name): text'.", false)
            {
                Example = "**[Broken Header Paper](https://example.org)** *(Some Author)* whose header never reaches its colon.",
                Fixed = "**[Broken Header Paper](https://example.org)** *(Some Author)* (summarized by Rohin): The paper ...",
            },
            new RuleInfo(RuleIds.InvalidConfiguration, "Invalid Newsletter Linter configuration", IssueFileCategory, RuleSeverity.Warning, "An option such as NewsletterExternalIssues or NewsletterHeaderStyle has a value that cannot be read, or the taxonomy file is missing or malformed; the default is used instead.", false)
            {
                Example = "<NewsletterExternalIssues>one to 173</NewsletterExternalIssues>",
                Fixed = "<NewsletterExternalIssues>1-173</NewsletterExternalIssues>",
                Options = new[] { RuleOptions.Keys.ExternalIssues, RuleOptions.Keys.HeaderStyle, RuleOptions.Keys.HeadingLevels, RuleOptions.Keys.OpinionSections, RuleOptions.Keys.TaxonomyFile, RuleOptions.Keys.Editor },
            },
            new RuleInfo(RuleIds.UnreadEntries, "Entries marked but not read", IssueFileCategory, RuleSeverity.Warning, "Every '(summarized by ...)' in an issue marks a summary entry; when fewer entries are read than are marked, or a file with entry marks yields no section and no summary, some entries were lost (a malformed header, or a form of the newsletter the parser does not read) and the finding names the first one.", false)
            {
                Example = "> **[A Paper](https://example.org)** *(Ann Lee)* (summarized by Rohin): quoted, so read as body text.",
                Fixed = "**[A Paper](https://example.org)** *(Ann Lee)* (summarized by Rohin): an entry of its own.",
            },
            new RuleInfo(RuleIds.DanglingReference, "Dangling issue reference", ReferenceCategory, RuleSeverity.Warning, "A reference 'AN #N' names an issue that is neither in the corpus nor in the declared external range.", false)
            {
                IsCrossFile = true,
                Example = "as before (AN #12), in a project that holds issues 99 and 137 only",
                Fixed = "the same text, with <NewsletterExternalIssues>1-173</NewsletterExternalIssues> declared",
                Options = new[] { RuleOptions.Keys.ExternalIssues },
            },
            new RuleInfo(RuleIds.SelfOrForwardReference, "Reference to the issue itself or to a later issue", ReferenceCategory, RuleSeverity.Warning, "An issue can only cite issues published before it.", false)
            {
                IsCrossFile = true,
                Example = "in AN #176: see the last issue (AN #176)",
                Fixed = "in AN #176: see the last issue (AN #175)",
            },
            new RuleInfo(RuleIds.MalformedReference, "Malformed issue reference", ReferenceCategory, RuleSeverity.Warning, "References are written 'AN #N': capital AN, one space, '#', the number without leading zeros.", true)
            {
                Example = "as discussed in AN#7 and AN # 12",
                Fixed = "as discussed in AN #7 and AN #12",
            },
            new RuleInfo(RuleIds.CitedTitleNotFound, "Cited title not found in the referenced issue", ReferenceCategory, RuleSeverity.Suggestion, "The linked title just before a reference should be a work summarized in the referenced issue; otherwise the reference probably points to the wrong issue.", false)
            {
                IsCrossFile = true,
                Example = "**[Engineering a Safer World](https://example.org/esw)** ([AN #112](https://example.org/an112)), when AN #112 summarizes no such work",
                Fixed = "the same citation with the number of the issue that summarizes Engineering a Safer World",
            },
            new RuleInfo(RuleIds.MissingOpinion, "Missing opinion", OpinionCategory, RuleSeverity.Warning, "Summaries in sections that require an opinion (by default HIGHLIGHTS) need at least one.", false)
            {
                Example = "# HIGHLIGHTS\n\n**[A Paper](https://example.org)** *(Ann Lee)* (summarized by Rohin): The paper ...",
                Fixed = "# HIGHLIGHTS\n\n**[A Paper](https://example.org)** *(Ann Lee)* (summarized by Rohin): The paper ...\n\n**Rohin's opinion:** Worth reading.",
                Options = new[] { RuleOptions.Keys.OpinionSections, RuleOptions.Keys.Editor },
            },
            new RuleInfo(RuleIds.OrphanOpinion, "Orphan opinion", OpinionCategory, RuleSeverity.Warning, "An opinion must follow the summary it is about, in the same section.", false)
            {
                Example = "# NEWS\n\n**Rohin's opinion:** A fine paper.",
                Fixed = "# NEWS\n\n**[A Paper](https://example.org)** (summarized by Rohin): The paper ...\n\n**Rohin's opinion:** A fine paper.",
                Options = new[] { RuleOptions.Keys.Editor },
            },
            new RuleInfo(RuleIds.DuplicateOpinion, "Two opinions by one person on one summary", OpinionCategory, RuleSeverity.Warning, "One person gives at most one opinion on a summary; merge the two.", false)
            {
                Example = "**My opinion:** Good.\n\n**Rohin's opinion:** Also good.",
                Fixed = "**Rohin's opinion:** Good, and also good.",
                Options = new[] { RuleOptions.Keys.Editor },
            },
            new RuleInfo(RuleIds.EmptyOpinion, "Empty opinion", OpinionCategory, RuleSeverity.Warning, "An opinion label with no text after it.", false)
            {
                Example = "**Rohin's opinion:**",
                Fixed = "**Rohin's opinion:** What the summary misses.",
            },
            new RuleInfo(RuleIds.MalformedOpinionLabel, "Malformed opinion label", OpinionCategory, RuleSeverity.Warning, "Opinion labels are written 'Name's opinion:', 'My opinion:' or 'Should you read it?'.", true)
            {
                Example = "**Rohins opinion** A fine paper.",
                Fixed = "**Rohin's opinion:** A fine paper.",
                Options = new[] { RuleOptions.Keys.Editor },
            },
            new RuleInfo(RuleIds.MixedHeaderStyles, "Header styles mixed within one issue", SectionHeaderCategory, RuleSeverity.Warning, "The headers of one tier (sections, subsections, footers) are written in one style: setext, ATX, bold paragraph or plain capitals.", true)
            {
                Example = "# HIGHLIGHTS\n...\n# TECHNICAL AI ALIGNMENT\n...\n**NEWS**",
                Fixed = "# HIGHLIGHTS\n...\n# TECHNICAL AI ALIGNMENT\n...\n# NEWS",
                Options = new[] { RuleOptions.Keys.HeaderStyle },
            },
            new RuleInfo(RuleIds.InconsistentHeadingLevel, "Inconsistent or skipped heading level", SectionHeaderCategory, RuleSeverity.Warning, "All headers of one tier share one Markdown level, and subsections sit one level below their sections.", true)
            {
                IsCrossFile = true,
                Example = "# TECHNICAL AI ALIGNMENT\n\n### ROBUSTNESS (a skipped level, in an archive whose subsections sit at level 2)",
                Fixed = "# TECHNICAL AI ALIGNMENT\n\n## ROBUSTNESS",
                Options = new[] { RuleOptions.Keys.HeadingLevels },
            },
            new RuleInfo(RuleIds.UnknownSection, "Unknown section name", SectionHeaderCategory, RuleSeverity.Warning, "Section and subsection names come from the newsletter's taxonomy; a name it does not know is usually a misspelling.", true)
            {
                Example = "# TECHNICAL AI ALIGNEMNT",
                Fixed = "# TECHNICAL AI ALIGNMENT",
                Options = new[] { RuleOptions.Keys.TaxonomyFile },
            },
            new RuleInfo(RuleIds.MisplacedSubsection, "Subsection under the wrong section", SectionHeaderCategory, RuleSeverity.Warning, "Each subsection belongs under the sections the taxonomy allows, such as ROBUSTNESS under TECHNICAL AI ALIGNMENT.", false)
            {
                Example = "# NEWS\n\n## ROBUSTNESS",
                Fixed = "# TECHNICAL AI ALIGNMENT\n\n## ROBUSTNESS",
                Options = new[] { RuleOptions.Keys.TaxonomyFile },
            },
            new RuleInfo(RuleIds.HeaderSpelling, "Header casing or white space differs from the taxonomy", SectionHeaderCategory, RuleSeverity.Warning, "Headers are spelled as in the taxonomy, in capitals or in sentence case consistently, with no stray white space.", true)
            {
                Example = "# HIGHLIGHTS\n...\n# Technical  AI alignment",
                Fixed = "# HIGHLIGHTS\n...\n# TECHNICAL AI ALIGNMENT",
                Options = new[] { RuleOptions.Keys.TaxonomyFile },
            },
            new RuleInfo(RuleIds.DuplicateSection, "Section appears twice", SectionHeaderCategory, RuleSeverity.Warning, "Each section appears once per issue, and each subsection once per section.", false)
            {
                Example = "# NEWS\n...\n# NEWS",
                Fixed = "# NEWS (once, holding both parts)",
                Options = new[] { RuleOptions.Keys.TaxonomyFile },
            },
            new RuleInfo(RuleIds.SectionOrder, "Sections out of canonical order", SectionHeaderCategory, RuleSeverity.Suggestion, "Sections follow the newsletter's canonical order: HIGHLIGHTS, TECHNICAL AI ALIGNMENT, ..., NEWS, FEEDBACK, PODCAST.", false)
            {
                Example = "# NEWS\n...\n# TECHNICAL AI ALIGNMENT",
                Fixed = "# TECHNICAL AI ALIGNMENT\n...\n# NEWS",
                Options = new[] { RuleOptions.Keys.TaxonomyFile },
            },
        };

        private static readonly Dictionary<string, RuleInfo> ById = All.ToDictionary(r => r.Id);

        /// <summary>The rule with id <paramref name="id"/>.</summary>
        public static RuleInfo Get(string id) => ById[id];

        /// <summary>The rule with id <paramref name="id"/> (any letter case), or null.</summary>
        public static RuleInfo? Find(string id) => ById.TryGetValue(id.Trim().ToUpperInvariant(), out RuleInfo? rule) ? rule : null;
    }
}
