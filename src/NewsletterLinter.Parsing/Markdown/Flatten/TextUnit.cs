namespace NewsletterLinter.Parsing.Markdown
{
    /// <summary>What kind of text a <see cref="TextUnit"/> is, as Markdown wrote it.</summary>
    internal enum TextUnitKind
    {
        /// <summary>YAML front matter: its text only.</summary>
        FrontMatter,

        /// <summary>A setext or ATX heading.</summary>
        Heading,

        /// <summary>A paragraph, or the part of one that stood in a paragraph of its own before its breaks were lost.</summary>
        Paragraph,

        /// <summary>The text of a list item, quote, code or HTML block: body text wherever it stands.</summary>
        Other,
    }

    /// <summary>
    /// One unit of the flattened issue: the plain text of a heading, paragraph or other leaf block,
    /// with its map back to the source. Every form of the newsletter reaches the recognizers as a
    /// stream of these.
    /// </summary>
    /// <param name="Kind">What kind of text it is.</param>
    /// <param name="Inline">The plain text and its source map (empty for front matter).</param>
    /// <param name="Level">The heading level (1-6); 0 for everything else.</param>
    /// <param name="IsSetext">Whether a heading is underlined (<c>===</c>, <c>---</c>).</param>
    /// <param name="FrontMatter">The text of the front matter, for <see cref="TextUnitKind.FrontMatter"/>.</param>
    internal readonly record struct TextUnit(TextUnitKind Kind, InlineText Inline, int Level = 0, bool IsSetext = false, string? FrontMatter = null);
}
