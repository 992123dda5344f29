using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace NewsletterLinter.Parsing.Markdown
{
    /// <summary>
    /// Markdig's link parser, except at a <c>[</c> in an issue that defines no link references.
    /// There Markdig reads ahead to the matching <c>]</c> and copies the label between them to look
    /// it up among the definitions, for every bracket of every paragraph; with no definitions the
    /// lookup cannot succeed and the label it would keep is null either way, so the bracket opens a
    /// link at once. The links, their targets and their ranges are Markdig's own (the label's range
    /// on the link, which nothing here reads, stays empty); the tests read every paragraph of the
    /// real issues, and generated ones, both ways and compare.
    /// </summary>
    internal sealed class LinkOpenerParser : LinkInlineParser
    {
        /// <inheritdoc/>
        public override bool Match(InlineProcessor processor, ref StringSlice slice)
        {
            if (slice.CurrentChar != '[' || processor.TrackTrivia || processor.Document.GetLinkReferenceDefinitions(false) is { Links.Count: > 0 })
            {
                return base.Match(processor, ref slice);
            }

            int start = processor.GetSourcePosition(slice.Start, out int line, out int column);
            slice.SkipChar();
            // No label and no trivia: setting either would only store their empty values (the
            // trivia in an object of its own).
            processor.Inline = new LinkDelimiterInline(this)
            {
                Type = DelimiterType.Open,
                Span = new SourceSpan(start, processor.GetSourcePosition(slice.Start - 1)),
                Line = line,
                Column = column,
            };
            return true;
        }
    }
}
