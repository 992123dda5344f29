namespace NewsletterLinter.Parsing.Model
{
    /// <summary>A link inside a summary's body or an opinion: its text (plain, white space folded) and its destination as written (a root-relative path made absolute, see RelativeLinks).</summary>
    /// <param name="Text">The link's text.</param>
    /// <param name="Url">The destination (a root-relative LessWrong path made absolute), or null for a link Markdig read without one.</param>
    internal sealed record BodyLink(string Text, string? Url);
}
