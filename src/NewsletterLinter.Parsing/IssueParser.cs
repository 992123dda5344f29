using System;
using System.Collections.Generic;
using Markdig;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;
using Markdig.Syntax;
using NewsletterLinter.Parsing.FastPaths;
using NewsletterLinter.Parsing.Markdown;
using NewsletterLinter.Parsing.Model;
using NewsletterLinter.Parsing.Text;
using SourceSpan = NewsletterLinter.Parsing.Model.SourceSpan;

namespace NewsletterLinter.Parsing
{
    /// <summary>
    /// Turns one issue's text into an <see cref="IssueDocument"/>. Never throws on any input: what
    /// it cannot understand becomes a <see cref="ParseProblem"/> on the document.
    /// </summary>
    internal static class IssueParser
    {
        private static readonly MarkdownPipeline Pipeline = SimpleInlines.Build(CreatePipelineBuilder());

        /// <summary>Parses <paramref name="text"/>, read from <paramref name="path"/>.</summary>
        public static IssueDocument Parse(string text, string path, ParserOptions? options = null)
            => Parse(text, path, options, Pipeline, deferTitleBrackets: true);

        /// <summary>
        /// The parse with the fast paths chosen: <paramref name="pipeline"/> for the blocks stage, and
        /// <paramref name="deferTitleBrackets"/> to mask title-line brackets only in issues that define
        /// link references. <see cref="ReferencePaths"/> calls it with the plain paths to compare.
        /// </summary>
        internal static IssueDocument Parse(string text, string path, ParserOptions? options, MarkdownPipeline pipeline, bool deferTitleBrackets)
        {
            options ??= ParserOptions.Default;
            text ??= string.Empty;
            path ??= string.Empty;
            if (text.Length > options.MaxTextLength)
            {
                return Unreadable(text, path, $"The issue is {text.Length:N0} characters long, over the limit of {options.MaxTextLength:N0}; it was not parsed.");
            }

            // The view's search over the text also finds NUL (binary) and U+FFFD (bytes that were not UTF-8).
            (string protectedText, _) = MarkdownView.Prepare(text, deferTitleBrackets, out List<int>? titleBrackets, out int nul, out int replacement);
            if (nul >= 0)
            {
                return Unreadable(text, path, "The issue contains NUL characters: it looks like a binary file, not Markdown; it was not parsed.");
            }

            MarkdownDocument markdown;
            try
            {
                markdown = ParseMarkdown(protectedText, pipeline);
                if (titleBrackets is not null && markdown.GetLinkReferenceDefinitions(false) is { Links.Count: > 0 })
                {
                    // The issue defines link references: its title line could read as one, or cite one.
                    markdown = ParseMarkdown(MarkdownView.MaskTitleBrackets(text, titleBrackets), pipeline);
                }
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                return Unreadable(text, path, "Markdown could not be parsed: " + exception.Message);
            }

            // Markdig read the view, whose line breaks are the text's own: its line starts are the text's.
            var session = new IssueParseSession(text, path, options, LineMap.FromMarkdig(text, markdown.LineStartIndexes));
            try
            {
                // The flatten stage reads the paragraphs' inlines as it goes (SimpleInlines).
                session.Walk(TextUnitReader.Read(markdown, text, options.Taxonomy));
            }
            catch (MarkdownReadException exception)
            {
                return Unreadable(text, path, "Markdown could not be parsed: " + exception.Message);
            }

            IssueDocument document = session.Build();
            if (replacement >= 0)
            {
                // The host decoded bytes that were not UTF-8; the text is parsed, but the file needs attention.
                var lines = new LineMap(text);
                var problems = new List<ParseProblem>(document.Problems)
                {
                    new(ParseProblemKind.UnreadableText, "The file is not valid UTF-8: it contains the replacement character U+FFFD where bytes could not be decoded; save it as UTF-8.", lines.Span(replacement, replacement + 1)),
                };
                document = document with { Problems = problems.ToEquatableArray() };
            }

            return document;
        }

        /// <summary>The pipeline every parse uses: the blocks stage's, with the simple paragraphs read by the flatten stage (<see cref="SimpleInlines"/>).</summary>
        internal static MarkdownPipeline MarkdownPipeline => Pipeline;

        /// <summary>
        /// The blocks stage: CommonMark with YAML front matter and precise source locations. The
        /// paragraph parser skips the test for link reference definitions in a paragraph that cannot
        /// hold one (<see cref="ParagraphParser"/>), and the link parser the label lookup that cannot
        /// succeed in an issue without link definitions (<see cref="LinkOpenerParser"/>).
        /// </summary>
        internal static MarkdownPipelineBuilder CreatePipelineBuilder()
        {
            MarkdownPipelineBuilder builder = new MarkdownPipelineBuilder()
                .UseYamlFrontMatter()
                .UsePreciseSourceLocation();
            builder.BlockParsers.Replace<ParagraphBlockParser>(new ParagraphParser());
            builder.InlineParsers.Replace<LinkInlineParser>(new LinkOpenerParser());
            return builder;
        }

        private static MarkdownDocument ParseMarkdown(string text, MarkdownPipeline pipeline)
        {
            try
            {
                return Markdig.Markdown.Parse(text, pipeline);
            }
            catch (ArgumentException)
            {
                // Markdig refuses pathologically deep nesting; flatten the quote markers past a
                // sensible depth (same offsets) and parse again.
                return Markdig.Markdown.Parse(FlattenDeepQuotes(text), pipeline);
            }
        }

        private static string FlattenDeepQuotes(string text)
        {
            const int MaxDepth = 32;
            char[] chars = text.ToCharArray();
            int depth = 0;
            bool atLineStart = true;
            for (int i = 0; i < chars.Length; i++)
            {
                char c = chars[i];
                if (c == '\n')
                {
                    depth = 0;
                    atLineStart = true;
                    continue;
                }

                if (!atLineStart)
                {
                    continue;
                }

                if (c == '>')
                {
                    if (++depth > MaxDepth)
                    {
                        chars[i] = ' ';
                    }
                }
                else if (c != ' ' && c != '\t')
                {
                    atLineStart = false;
                }
            }

            return new string(chars);
        }

        /// <summary>The document of a file that could not be read at all: no content, one problem.</summary>
        public static IssueDocument Unreadable(string path, string message) => Unreadable(string.Empty, path, message);

        private static IssueDocument Unreadable(string text, string path, string message)
        {
            var lines = new LineMap(text.Length > 0 && text.Length <= 64 * 1024 * 1024 ? text : string.Empty);
            int? number = IssueNumberResolver.FromFileName(path);
            var problems = new List<ParseProblem> { new(ParseProblemKind.UnreadableText, message, SourceSpan.None) };
            return new IssueDocument(
                path,
                number,
                number is null ? IssueNumberSource.None : IssueNumberSource.FileName,
                null,
                null,
                string.Empty,
                EquatableArray<Section>.Empty,
                EquatableArray<Section>.Empty,
                EquatableArray<Summary>.Empty,
                EquatableArray<Opinion>.Empty,
                EquatableArray<Reference>.Empty,
                EquatableArray<Suppression>.Empty,
                problems.ToEquatableArray(),
                lines.LineCount);
        }
    }
}
