namespace NewsletterLinter.Parsing.Model
{
    /// <summary>
    /// One summary entry: the header <c>Title (Authors) (summarized by Name):</c>, its body, its
    /// opinions, its <c>Read more</c> links and every cross reference inside it.
    /// </summary>
    /// <param name="Title">The title as written, trimmed, emphasis removed.</param>
    /// <param name="Url">The title's link target, or null when the title is not a link.</param>
    /// <param name="Authors">The authors as written; <c>A et al</c> stays one name.</param>
    /// <param name="Summarizers">The names of the <c>(summarized by ...)</c> group, or the editor when the entry has none.</param>
    /// <param name="HasExplicitSummarizers">Whether the entry names its summarizers.</param>
    /// <param name="Section">The name of the section the entry is in, normalized, or null before any section.</param>
    /// <param name="Subsection">The name of the subsection the entry is in, normalized, or null.</param>
    /// <param name="IsHighlight">Whether the entry is one of the highlights: it is in HIGHLIGHTS or it points there.</param>
    /// <param name="Text">The body as plain text, paragraphs separated by a blank line.</param>
    /// <param name="HeaderSpan">Where the header is written, from the title to the colon.</param>
    /// <param name="TitleSpan">Where the title is written.</param>
    /// <param name="BodySpan">Where the body is written, from the first character after the header (the markup opening the body included), or an empty span right after the header when there is none.</param>
    /// <param name="Span">The whole entry: header, body, opinions and <c>Read more</c> lines.</param>
    /// <param name="Opinions">The opinions on this entry, in order.</param>
    /// <param name="ReadMore">The links of its <c>Read more:</c> lines.</param>
    /// <param name="References">Every cross reference in the header, body, opinions and <c>Read more</c> lines.</param>
    internal sealed record Summary(
        string Title,
        string? Url,
        EquatableArray<string> Authors,
        EquatableArray<string> Summarizers,
        bool HasExplicitSummarizers,
        string? Section,
        string? Subsection,
        bool IsHighlight,
        string Text,
        SourceSpan HeaderSpan,
        SourceSpan TitleSpan,
        SourceSpan BodySpan,
        SourceSpan Span,
        EquatableArray<Opinion> Opinions,
        EquatableArray<ReadMoreLink> ReadMore,
        EquatableArray<Reference> References)
    {
        // The body as the parser leaves it: joined from its paragraphs on the first read of Text.
        private readonly DeferredText _text = DeferredText.Of(Text);

        internal Summary(
            string title,
            string? url,
            EquatableArray<string> authors,
            EquatableArray<string> summarizers,
            bool hasExplicitSummarizers,
            string? section,
            string? subsection,
            bool isHighlight,
            DeferredText text,
            SourceSpan headerSpan,
            SourceSpan titleSpan,
            SourceSpan bodySpan,
            SourceSpan span,
            EquatableArray<Opinion> opinions,
            EquatableArray<ReadMoreLink> readMore,
            EquatableArray<Reference> references)
            : this(title, url, authors, summarizers, hasExplicitSummarizers, section, subsection, isHighlight, string.Empty, headerSpan, titleSpan, bodySpan, span, opinions, readMore, references)
        {
            _text = text;
        }

        /// <summary>The body as plain text, paragraphs separated by a blank line.</summary>
        public string Text
        {
            get => _text.Value;
            init => _text = DeferredText.Of(value);
        }

        /// <summary>The links of the body, in order (an opinion's: of its text after the label).</summary>
        public EquatableArray<BodyLink> Links { get; init; } = EquatableArray<BodyLink>.Empty;

        /// <summary>The names of the header's <c>(H/T ...)</c> groups: who pointed the editor to the work.</summary>
        public EquatableArray<string> HatTips { get; init; } = EquatableArray<string>.Empty;

        /// <summary>The targets of the title's links after the first, when the title names several works (<c>[A](a) and [B](b)</c>).</summary>
        public EquatableArray<string> MoreTitleUrls { get; init; } = EquatableArray<string>.Empty;

        /// <summary>The 1-based line of the header.</summary>
        public int Line => HeaderSpan.Line;

        /// <summary>Whether the entry has no body (a listed item, or one that points elsewhere).</summary>
        public bool HasBody => _text.Length > 0;

        /// <summary>Whether the body starts with <paramref name="prefix"/>, without joining its paragraphs when the first holds the answer.</summary>
        internal bool TextStartsWith(string prefix, System.StringComparison comparison) => _text.StartsWith(prefix, comparison);

        /// <summary>Whether the body holds <paramref name="needle"/>, ignoring case, without joining its paragraphs.</summary>
        internal bool TextContainsIgnoreCase(string needle) => _text.ContainsIgnoreCase(needle);
    }
}
