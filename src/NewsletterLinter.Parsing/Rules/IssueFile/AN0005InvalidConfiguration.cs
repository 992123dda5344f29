using NewsletterLinter.Parsing.Configuration;

namespace NewsletterLinter.Parsing.Rules
{
    /// <summary>AN0005: an option or the taxonomy file cannot be read. Reported by the hosts, which read the configuration: the analyzer once per build, the tool with exit code 2.</summary>
    internal sealed class AN0005InvalidConfiguration : IssueRule
    {
        /// <summary>The rule's id.</summary>
        public const string Id = "AN0005";

        /// <inheritdoc/>
        public override RuleInfo Info { get; } = new(Id, "Invalid Newsletter Linter configuration", RuleCatalog.IssueFileCategory, RuleSeverity.Warning, "An option such as NewsletterExternalIssues or NewsletterHeaderStyle has a value that cannot be read, or the taxonomy file is missing or malformed; the default is used instead.", false)
        {
            Example = "<NewsletterExternalIssues>one to 173</NewsletterExternalIssues>",
            Fixed = "<NewsletterExternalIssues>1-173</NewsletterExternalIssues>",
            Options = new[] { RuleOptions.Keys.ExternalIssues, RuleOptions.Keys.HeaderStyle, RuleOptions.Keys.HeadingLevels, RuleOptions.Keys.OpinionSections, RuleOptions.Keys.TaxonomyFile, RuleOptions.Keys.Editor },
        };
    }
}
