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
        EquatableArray<ReadMoreModel> ReadMore);

    /// <summary>One opinion.</summary>
    internal sealed record OpinionModel(string Author, string Text);

    /// <summary>One <c>Read more</c> link.</summary>
    internal sealed record ReadMoreModel(string Text, string? Url);

    /// <summary>One section and its subsections.</summary>
    internal sealed record SectionModel(string Name, int Level, int Line, EquatableArray<SectionModel> Subsections);

    /// <summary>What the catalog needs of an issue.</summary>
    internal sealed record CatalogEntry(int Number, string PropertyName, string ClassName, string? Title);

    /// <summary>One additional file after parsing: the document when it is an issue candidate.</summary>
    internal sealed record ParsedFile(string Path, string? IssueFlag, IssueDocument? Document);
}
