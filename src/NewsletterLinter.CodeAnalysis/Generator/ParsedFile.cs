using NewsletterLinter.Parsing;
using NewsletterLinter.Parsing.Markdown;
using NewsletterLinter.Parsing.Model;
using NewsletterLinter.Parsing.Taxonomy;

namespace NewsletterLinter.CodeAnalysis.Generator
{
    /// <summary>One additional file after parsing: the document when it is an issue candidate, and the Markdown of its summaries.</summary>
    internal sealed record ParsedFile(string Path, string? IssueFlag, IssueDocument? Document)
    {
        /// <summary>The Markdown of each summary of <see cref="Document"/>, in order.</summary>
        public EquatableArray<SummaryContent> Content { get; private init; } = EquatableArray<SummaryContent>.Empty;

        /// <summary>The parsed file with the Markdown of its summaries sliced from <paramref name="text"/>, its source.</summary>
        public static ParsedFile Of(string path, string? flag, IssueDocument document, string text, ParserOptions options)
            => Of(path, flag, document, ContentOf(text, document, options));

        /// <summary>The parsed file with the content of its summaries already sliced (<see cref="ContentOf"/>).</summary>
        public static ParsedFile Of(string path, string? flag, IssueDocument document, EquatableArray<SummaryContent> content)
            => new(path, flag, document) { Content = content };

        /// <summary>The Markdown of each summary and opinion: slices of the source at the spans the parse recorded.</summary>
        public static EquatableArray<SummaryContent> ContentOf(string text, IssueDocument document, ParserOptions options)
        {
            if (document.Summaries.Count == 0)
            {
                return EquatableArray<SummaryContent>.Empty;
            }

            string view = MarkdownSource.View(text);
            var content = new SummaryContent[document.Summaries.Count];
            for (int i = 0; i < content.Length; i++)
            {
                Summary summary = document.Summaries[i];
                string markdown = MarkdownSource.Body(view, summary);
                var opinions = new string[summary.Opinions.Count];
                var recipes = new string[opinions.Length];
                for (int k = 0; k < opinions.Length; k++)
                {
                    opinions[k] = MarkdownSource.Text(view, summary.Opinions[k]);
                    recipes[k] = TextRecipe.Of(summary.Opinions[k].Text, opinions[k]);
                }

                string? category = RecordCategory.Of(summary, options.Taxonomy);
                content[i] = new SummaryContent(
                    markdown,
                    TextRecipe.Of(summary.Text, markdown),
                    MarkdownSource.Prerequisites(markdown),
                    category,
                    new EquatableArray<string>(opinions),
                    new EquatableArray<string>(recipes));
            }

            return new EquatableArray<SummaryContent>(content);
        }
    }
}
