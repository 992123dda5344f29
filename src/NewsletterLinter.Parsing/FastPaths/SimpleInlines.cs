using System;
using System.Globalization;
using System.Linq;
using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;
using Markdig.Syntax;
using NewsletterLinter.Parsing.Markdown;

namespace NewsletterLinter.Parsing.FastPaths
{
    /// <summary>
    /// Paragraphs and headings whose inlines are read without Markdig's inline stage. Most of the
    /// newsletter's paragraphs and headings hold nothing but text, inline links with a plain destination
    /// (<c>[Title](https://...)</c>), backslash escapes of punctuation, and emphasis that cannot be read two ways
    /// (<c>**[Title](url)** *(Authors)*</c>, <c>**Rohin's opinion:**</c>). For those, CommonMark
    /// leaves no choice: <c>*</c> and <c>**</c> runs open and close in turn with the same length
    /// (a run that may close closes the open one, and one that may only open opens when none is
    /// open), links hold only text, and a destination holds no space, parenthesis, escape, entity
    /// or character outside ASCII. Every paragraph and heading is closed with
    /// <see cref="LeafBlock.ProcessInlines"/> off, so Markdig keeps its lines and builds no inlines;
    /// the flatten stage reads a simple one's lines here (<see cref="Read"/>, in one pass), gives them
    /// back to Markdig's pool (<see cref="MarkdigLinePool"/>), and gives any other (code, raw HTML, entities, other backslashes, images, underscores, reference links,
    /// nesting, a delimiter next to a quote, dash or symbol outside ASCII, a run of three) to Markdig's inline
    /// stage with the pipeline's own parsers (<see cref="ProcessInlines"/>). The tests read every
    /// paragraph and heading of the real issues, and generated ones, both ways and compare.
    /// </summary>
    internal static partial class SimpleInlines
    {
        // What makes a line Markdig's to read wherever it is (one search of the line), and what ends
        // a literal run. Each set is small enough for the runtime's vectorized search of up to five.
        private const string Refused = "`<&\\";
        private const string RunEnds = "*[]_!";

        // The inline parsers this reading stands in for; with any other, every paragraph goes through Markdig.
        private static readonly Type[] KnownParsers =
        {
            typeof(HtmlEntityParser), typeof(LinkInlineParser), typeof(LinkOpenerParser), typeof(EscapeInlineParser), typeof(EmphasisInlineParser),
            typeof(CodeInlineParser), typeof(AutolinkInlineParser), typeof(LineBreakInlineParser), typeof(LiteralInlineParser),
        };

        /// <summary>
        /// Builds <paramref name="builder"/>'s pipeline with its simple paragraphs left out of the
        /// inline stage, when its inline parsers are CommonMark's own (otherwise as it is).
        /// </summary>
        public static MarkdownPipeline Build(MarkdownPipelineBuilder builder)
        {
            // Paragraphs and headings (a setext heading is closed by the paragraph parser).
            void KeepLines(BlockProcessor _, Block block)
            {
                if (Parsers is not null && block is ParagraphBlock or HeadingBlock && block is LeafBlock leaf)
                {
                    leaf.ProcessInlines = false;
                }
            }

            if (builder.BlockParsers.Find<ParagraphBlockParser>() is { } paragraphs)
            {
                paragraphs.Closed += KeepLines;
            }

            if (builder.BlockParsers.Find<HeadingBlockParser>() is { } headings)
            {
                headings.Closed += KeepLines;
            }

            // The extensions add their inline parsers while the pipeline is built; read them after.
            MarkdownPipeline pipeline = builder.Build();
            if (builder.InlineParsers.All(p => KnownParsers.Contains(p.GetType())))
            {
                Parsers = new InlineParserList(builder.InlineParsers);
            }

            return pipeline;
        }

        /// <summary>
        /// Gives a paragraph that <see cref="Read"/> refuses its inlines as Markdig's inline stage
        /// would have, with the pipeline's own inline parsers. An exception of that stage comes out as
        /// a <see cref="MarkdownReadException"/>.
        /// </summary>
        public static void ProcessInlines(LeafBlock block)
        {
            Block root = block;
            while (root.Parent is not null)
            {
                root = root.Parent;
            }

            if (root is not MarkdownDocument document || Parsers is null)
            {
                return;
            }

            // One inline processor per document, kept with it (a document is read by one thread).
            if (document.GetData(ProcessorKey) is not InlineProcessor processor)
            {
                processor = new InlineProcessor(document, Parsers, preciseSourcelocation: true, context: null, trackTrivia: false);
                document.SetData(ProcessorKey, processor);
            }

            block.ProcessInlines = true;
            try
            {
                processor.ProcessInlineLeaf(block);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                throw new MarkdownReadException(exception);
            }
        }

        // The parsers of the one pipeline that reads simple paragraphs (the blocks stage's, built
        // once); until it is built, or when it has parsers this reading does not know, none.
        private static InlineParserList? Parsers { get; set; }

        private static readonly object ProcessorKey = new();

        /// <summary>Whether <paramref name="block"/> is a paragraph or heading whose lines Markdig kept, unread and not yet given back.</summary>
        public static bool IsKept(LeafBlock block) => block is ParagraphBlock or HeadingBlock && block is { ProcessInlines: false, Inline: null } && block.Lines.Lines is not null;
    }
}
