namespace NewsletterLinter.Parsing.Model
{
    /// <summary>What an <c>an-lint</c> comment does.</summary>
    internal enum SuppressionKind
    {
        /// <summary><c>&lt;!-- an-lint-disable ids --&gt;</c>: off from here on.</summary>
        Disable,

        /// <summary><c>&lt;!-- an-lint-enable ids --&gt;</c>: on again from here on.</summary>
        Enable,

        /// <summary><c>&lt;!-- an-lint-disable-next-line ids --&gt;</c>: off for the next line.</summary>
        DisableNextLine,

        /// <summary><c>&lt;!-- an-lint-disable-line ids --&gt;</c>: off for the line the comment is on.</summary>
        DisableLine,
    }

    /// <summary>An inline suppression comment in the Markdown.</summary>
    /// <param name="Kind">What it does.</param>
    /// <param name="RuleIds">The rule ids it names; empty means every rule.</param>
    /// <param name="Line">The 1-based line the comment is on.</param>
    /// <param name="Span">Where the comment is written.</param>
    internal sealed record Suppression(SuppressionKind Kind, EquatableArray<string> RuleIds, int Line, SourceSpan Span);
}
