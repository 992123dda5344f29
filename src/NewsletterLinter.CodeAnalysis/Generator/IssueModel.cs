using NewsletterLinter.Parsing.Model;

namespace NewsletterLinter.CodeAnalysis.Generator
{
    /// <summary>Everything the emitter needs for one issue; plain values only.</summary>
    internal sealed record IssueModel(
        int Number,
        string PropertyName,
        string ClassName,
        string? Title,
        string FileName,
        string Preamble,
        EquatableArray<SummaryModel> Summaries,
        EquatableArray<SectionModel> Sections);

    /// <summary>One summary and the name of its property.</summary>
    internal sealed record SummaryModel(
        string PropertyName,
        string Title,
        string? Url,
        EquatableArray<string> Authors,
        EquatableArray<string> Summarizers,
        string? Section,
        string? Subsection,
        bool IsHighlight,
        string Text,
        int Line,
        EquatableArray<OpinionModel> Opinions,
        EquatableArray<int> References,
        EquatableArray<LinkModel> ReadMore,
        SummaryContent Content,
        EquatableArray<LinkModel> Links,
        EquatableArray<string> HatTips,
        EquatableArray<CitationModel> Citations,
        EquatableArray<CitingModel> CitedBy);

    /// <summary>One opinion.</summary>
    internal sealed record OpinionModel(string Author, string Text, string Markdown, string TextRecipe, EquatableArray<LinkModel> Links);

    /// <summary>A link of a summary's or an opinion's text, or of a <c>Read more</c> line.</summary>
    internal sealed record LinkModel(string Text, string? Url);

    /// <summary>A citation: its link, the cited issue and the index of the cited summary in it, or -1.</summary>
    internal sealed record CitationModel(string Text, string? Url, int Number, int SummaryIndex);

    /// <summary>A summary that cites another: its issue's number and its index there.</summary>
    internal sealed record CitingModel(int Number, int SummaryIndex);

    /// <summary>What the parse step slices from the source for one summary: its Markdown and its opinions', their plain texts as <see cref="Generator.TextRecipe"/>s, its prerequisites and its category.</summary>
    internal sealed record SummaryContent(string Markdown, string TextRecipe, string? Prerequisites, string? Category, EquatableArray<string> OpinionMarkdown, EquatableArray<string> OpinionTextRecipes);

    /// <summary>One section and its subsections.</summary>
    internal sealed record SectionModel(string Name, int Level, int Line, EquatableArray<SectionModel> Subsections);

    /// <summary>What the catalog needs of an issue.</summary>
    internal sealed record CatalogEntry(int Number, string PropertyName, string ClassName, string? Title);
}
