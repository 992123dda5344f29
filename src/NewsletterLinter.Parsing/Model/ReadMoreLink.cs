namespace NewsletterLinter.Parsing.Model
{
    /// <summary>One link of a <c>Read more:</c> line.</summary>
    /// <param name="Text">The link text, emphasis removed.</param>
    /// <param name="Url">The link target, or null for a plain-text issue.</param>
    /// <param name="Span">Where the link is written.</param>
    internal sealed record ReadMoreLink(string Text, string? Url, SourceSpan Span);
}
