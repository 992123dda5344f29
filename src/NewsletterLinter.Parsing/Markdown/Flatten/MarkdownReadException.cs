using System;

namespace NewsletterLinter.Parsing.Markdown
{
    /// <summary>Markdig's inline stage failed on a paragraph the flatten stage gave it (<see cref="FastPaths.SimpleInlines.ProcessInlines"/>).</summary>
    internal sealed class MarkdownReadException : Exception
    {
        public MarkdownReadException(Exception inner)
            : base(inner.Message, inner)
        {
        }
    }
}
