namespace NewsletterLinter.Parsing.Model
{
    /// <summary>An opinion on a summary, such as <c>Rohin's opinion: ...</c>.</summary>
    /// <param name="Author">Whose opinion it is; <c>My opinion</c> and <c>Should you read it?</c> resolve to the editor.</param>
    /// <param name="Kind">The kind of label that starts it.</param>
    /// <param name="Label">The label as written, emphasis removed, such as <c>Rohin's opinion:</c>.</param>
    /// <param name="RawLabel">The label exactly as written in the file, emphasis markers included.</param>
    /// <param name="LabelSpan">Where the label is written, emphasis markers included.</param>
    /// <param name="Text">The opinion as plain text, over all its paragraphs.</param>
    /// <param name="Span">The whole opinion, label and every paragraph.</param>
    /// <param name="IsLabelWellFormed">Whether the label follows the canonical spelling exactly.</param>
    /// <param name="References">Cross references made in the opinion.</param>
    internal sealed record Opinion(
        string Author,
        OpinionKind Kind,
        string Label,
        string RawLabel,
        SourceSpan LabelSpan,
        string Text,
        SourceSpan Span,
        bool IsLabelWellFormed,
        EquatableArray<Reference> References)
    {
        // The text as the parser leaves it: joined from its paragraphs on the first read of Text.
        private readonly DeferredText _text = DeferredText.Of(Text);

        /// <summary>The links of the body, in order (an opinion's: of its text after the label).</summary>
        public EquatableArray<BodyLink> Links { get; init; } = EquatableArray<BodyLink>.Empty;

        internal Opinion(string author, OpinionKind kind, string label, string rawLabel, SourceSpan labelSpan, DeferredText text, SourceSpan span, bool isLabelWellFormed, EquatableArray<Reference> references)
            : this(author, kind, label, rawLabel, labelSpan, string.Empty, span, isLabelWellFormed, references)
        {
            _text = text;
        }

        /// <summary>The opinion as plain text, over all its paragraphs.</summary>
        public string Text
        {
            get => _text.Value;
            init => _text = DeferredText.Of(value);
        }

        /// <summary>Whether the opinion has no text beyond its label, known without joining its paragraphs.</summary>
        internal bool IsBlank => _text.IsBlank;

        /// <summary>Whether the text holds <paramref name="needle"/>, ignoring case, without joining its paragraphs.</summary>
        internal bool TextContainsIgnoreCase(string needle) => _text.ContainsIgnoreCase(needle);
    }
}
