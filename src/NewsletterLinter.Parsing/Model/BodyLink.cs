namespace NewsletterLinter.Parsing.Model
{
    /// <summary>A link inside a summary's body or an opinion: its text (plain, white space folded) and its destination as written.</summary>
    /// <param name="Text">The link's text.</param>
    /// <param name="Url">The destination, or null for a link Markdig read without one.</param>
    internal sealed record BodyLink(string Text, string? Url);
}
