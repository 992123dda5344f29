using Markdig;
using NewsletterLinter.Parsing.Model;

namespace NewsletterLinter.Parsing.FastPaths
{
    /// <summary>
    /// The plain paths that the fast ones stand in for, so tests and benchmarks can compare the two
    /// readings; production code calls <see cref="IssueParser.Parse(string, string, ParserOptions?)"/> only.
    /// </summary>
    internal static class ReferencePaths
    {
        /// <summary>The blocks stage's pipeline with Markdig's inline stage for every paragraph, none read by <see cref="SimpleInlines"/>.</summary>
        public static MarkdownPipeline InlineStagePipeline { get; } = IssueParser.CreatePipelineBuilder().Build();

        /// <summary>The parse with every title-line bracket masked before Markdown is read, instead of only in issues that define link references.</summary>
        public static IssueDocument ParseWithTitleBracketsMasked(string text, string path, ParserOptions? options = null)
            => IssueParser.Parse(text, path, options, IssueParser.MarkdownPipeline, deferTitleBrackets: false);
    }
}
