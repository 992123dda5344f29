using NewsletterLinter.Parsing.Taxonomy;

namespace NewsletterLinter.Parsing
{
    /// <summary>What the parser needs to know beyond the text.</summary>
    internal sealed record ParserOptions
    {
        /// <summary>The default options: editor Rohin, the built-in taxonomy.</summary>
        public static readonly ParserOptions Default = new();

        /// <summary>Who <c>My opinion</c> and <c>Should you read it?</c> belong to, and who summarized entries that name no summarizer.</summary>
        public string EditorName { get; init; } = "Rohin";

        /// <summary>The known section and subsection names.</summary>
        public SectionTaxonomy Taxonomy { get; init; } = SectionTaxonomy.BuiltIn;

        /// <summary>Texts longer than this many characters are not parsed; the issue gets a problem instead.</summary>
        public int MaxTextLength { get; init; } = 8 * 1024 * 1024;
    }
}
