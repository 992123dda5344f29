using System.Collections.Generic;

namespace NewsletterLinter.Parsing.Rules
{
    /// <summary>How serious a finding is by default.</summary>
    internal enum RuleSeverity
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
    internal sealed record RuleInfo(string Id, string Title, string Category, RuleSeverity DefaultSeverity, string Description, bool IsFixable)
    {
        /// <summary>Whether the rule needs the other issues of the archive (the build's issues, or every input of the tool).</summary>
        public bool IsCrossFile { get; init; }

        /// <summary>Markdown (or a file layout) that triggers the rule.</summary>
        public string Example { get; init; } = string.Empty;

        /// <summary>The example repaired: what the fix writes, or what the author changes.</summary>
        public string Fixed { get; init; } = string.Empty;

        /// <summary>The option keys (<see cref="Configuration.RuleOptions.Keys"/>) that change what the rule finds.</summary>
        public IReadOnlyList<string> Options { get; init; } = System.Array.Empty<string>();

        /// <summary>The documentation page that explains the rule.</summary>
        public string HelpUri => RuleCatalog.HelpBaseUri + "#" + Id.ToLowerInvariant();
    }
}
