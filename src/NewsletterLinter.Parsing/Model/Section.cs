namespace NewsletterLinter.Parsing.Model
{
    /// <summary>
    /// A section or subsection header of an issue, and the subsections under it.
    /// </summary>
    /// <param name="Name">The name normalized: trimmed, emphasis removed, inner white space folded.</param>
    /// <param name="RawText">The header as written, from the start of its first line to the end of its last: markers, every text line and a setext underline included.</param>
    /// <param name="Level">The Markdown level (1-6) for setext and ATX headers; for bold and plain headers the level its tier takes in the issue.</param>
    /// <param name="Style">How the header is written.</param>
    /// <param name="Tier">Whether it is a section, a subsection or a footer, from the taxonomy and the header's level.</param>
    /// <param name="IsKnown">Whether the taxonomy knows the name.</param>
    /// <param name="CanonicalName">The taxonomy's spelling of the name, or null when the name is unknown.</param>
    /// <param name="Span">Where the header is written (for setext headers, the text line and its underline).</param>
    /// <param name="NameSpan">Where the name itself is written.</param>
    /// <param name="Subsections">The subsections under this section.</param>
    internal sealed record Section(
        string Name,
        string RawText,
        int Level,
        HeaderStyle Style,
        SectionTier Tier,
        bool IsKnown,
        string? CanonicalName,
        SourceSpan Span,
        SourceSpan NameSpan,
        EquatableArray<Section> Subsections)
    {
        /// <summary>The 1-based line of the header.</summary>
        public int Line => Span.Line;

        /// <summary>The offset of the start of the header's first line (where <see cref="RawText"/> starts).</summary>
        public int LineStart => Span.Offset - (Span.Column - 1);

        /// <summary>Where the name is written within <see cref="RawText"/>: its start and length, or (-1, 0) when it lies outside it.</summary>
        public (int Start, int Length) NameInRawText
        {
            get
            {
                int start = NameSpan.Offset - LineStart;
                return start >= 0 && start + NameSpan.Length <= RawText.Length ? (start, NameSpan.Length) : (-1, 0);
            }
        }
    }
}
