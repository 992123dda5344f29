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
    /// <summary>What <see cref="SimpleInlines.Read"/> finds in a paragraph, in document order.</summary>
    internal interface ISimpleInlineSink
    {
        /// <summary>Literal text: <paramref name="length"/> characters of <paramref name="text"/> from <paramref name="start"/>, mapped one to one onto the source.</summary>
        void Literal(string text, int start, int length);

        /// <summary>
        /// A backslash escape: the punctuation character after the backslash at
        /// <paramref name="backslash"/>. As Markdig reads it, the literal text right after it is the
        /// same literal, mapped from the backslash on (one source character more than its text).
        /// </summary>
        void Escape(string text, int backslash);

        /// <summary>A line break; <paramref name="position"/> is the source offset of the line's end.</summary>
        void LineBreak(int position);

        /// <summary>A link's text starts.</summary>
        void LinkStart();

        /// <summary>A link ends; its source range runs from its <c>[</c> to just past its <c>)</c>.</summary>
        void LinkEnd(string url, int sourceStart, int sourceEnd);

        /// <summary>An emphasis starts.</summary>
        void EmphasisStart();

        /// <summary>An emphasis ends; its source range covers its markers.</summary>
        void EmphasisEnd(bool strong, int sourceStart, int sourceEnd);
    }

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
    internal static class SimpleInlines
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

        /// <summary>
        /// Reads <paramref name="lines"/> into <paramref name="sink"/>; false, and the sink's
        /// content meaningless, when the paragraph is not simple.
        /// </summary>
        public static bool Read(StringLineGroup lines, ISimpleInlineSink sink)
        {
            var state = new ReadState();
            for (int line = 0; line < lines.Count; line++)
            {
                StringSlice slice = lines.Lines[line].Slice;
                if (!ReadLine(slice.Text, slice.Start, slice.End, line < lines.Count - 1, sink, ref state))
                {
                    return false;
                }
            }

            return !state.InLink && state.OpenLength == 0;
        }

        /// <summary>What a paragraph's reading carries from one line to the next: the open emphasis run and the open link.</summary>
        private struct ReadState
        {
            public int OpenLength;
            public int OpenStart;
            public bool InLink;
            public bool LinkHasText;
            public int LinkStart;
        }

        /// <summary>Reads one line from <paramref name="first"/> to <paramref name="last"/>; false when the paragraph is not simple.</summary>
        private static bool ReadLine(string text, int first, int last, bool lineBreakFollows, ISimpleInlineSink sink, ref ReadState state)
        {
            if (!IsSimpleLine(text, first, last, out int backslash))
            {
                return false;
            }

            int run = first;
            int at = first;
            while (at <= last)
            {
                int found = text.AsSpan(at, last - at + 1).IndexOfAny(RunEnds.AsSpan());
                if (backslash >= 0 && (found < 0 || backslash < at + found))
                {
                    // An escape: the punctuation after the backslash is text (IsSimpleLine
                    // refused a backslash ending the line, which is a hard break).
                    Flush(sink, text, run, backslash, ref state.LinkHasText, state.InLink);
                    state.LinkHasText |= state.InLink;
                    sink.Escape(text, backslash);
                    at = run = backslash + 2;
                    backslash = NextBackslash(text, at, last);
                    continue;
                }

                if (found < 0)
                {
                    break;
                }

                at += found;
                bool read = text[at] switch
                {
                    '*' => Emphasis(text, first, last, ref at, ref run, sink, ref state),
                    '[' => LinkOpen(text, ref at, ref run, sink, ref state),
                    ']' => LinkClose(text, last, ref at, ref run, sink, ref state),
                    '!' => NotAnImage(text, last, ref at),

                    // An underscore outside a link's destination.
                    _ => false,
                };
                if (!read)
                {
                    return false;
                }
            }

            if (lineBreakFollows)
            {
                // The inline stage drops the spaces that end a line before its break.
                int end = last + 1;
                while (end > run && text[end - 1] == ' ')
                {
                    end--;
                }

                Flush(sink, text, run, end, ref state.LinkHasText, state.InLink);
                sink.LineBreak(last + 1);
            }
            else
            {
                Flush(sink, text, run, last + 1, ref state.LinkHasText, state.InLink);
            }

            return true;
        }

        /// <summary>
        /// A run of <c>*</c>: a run that may close closes the open run of its length (their lengths,
        /// 1 + 1 or 2 + 2, are never a multiple of three); one that may open opens when none is open.
        /// Anything else (nesting, lengths that differ, a run in a link) is Markdig's.
        /// </summary>
        private static bool Emphasis(string text, int first, int last, ref int at, ref int run, ISimpleInlineSink sink, ref ReadState state)
        {
            int end = at;
            while (end <= last && text[end] == '*')
            {
                end++;
            }

            int length = end - at;
            char before = at == first ? '\n' : text[at - 1];
            char after = end > last ? '\n' : text[end];
            if (length > 2 || state.InLink || !IsPlainNeighbor(before) || !IsPlainNeighbor(after))
            {
                return false;
            }

            bool left = !IsSpace(after) && (!IsPunctuation(after) || IsSpace(before) || IsPunctuation(before));
            bool right = !IsSpace(before) && (!IsPunctuation(before) || IsSpace(after) || IsPunctuation(after));
            bool closes = right && state.OpenLength == length;
            if (!closes && !(left && state.OpenLength == 0))
            {
                return false;
            }

            Flush(sink, text, run, at, ref state.LinkHasText, state.InLink);
            if (!closes)
            {
                state.OpenLength = length;
                state.OpenStart = at;
                sink.EmphasisStart();
            }
            else
            {
                state.OpenLength = 0;
                sink.EmphasisEnd(length == 2, state.OpenStart, end);
            }

            at = run = end;
            return true;
        }

        /// <summary>A <c>[</c>: opens a link, unless one is open.</summary>
        private static bool LinkOpen(string text, ref int at, ref int run, ISimpleInlineSink sink, ref ReadState state)
        {
            if (state.InLink)
            {
                return false;
            }

            Flush(sink, text, run, at, ref state.LinkHasText, state.InLink);
            state.InLink = true;
            state.LinkHasText = false;
            state.LinkStart = at;
            sink.LinkStart();
            at = run = at + 1;
            return true;
        }

        /// <summary>A <c>](</c>: closes the open link with a plain destination (printable ASCII but the parentheses, <c>&lt;</c>, <c>\</c> and <c>&amp;</c>).</summary>
        private static bool LinkClose(string text, int last, ref int at, ref int run, ISimpleInlineSink sink, ref ReadState state)
        {
            if (!state.InLink || at + 1 > last || text[at + 1] != '(')
            {
                return false;
            }

            Flush(sink, text, run, at, ref state.LinkHasText, state.InLink);
            int destination = at + 2;
            int end = VectorScan.IndexOfOutside(text, destination, last + 1, '!', '~', '(', ')', '<', '\\', '&');
            if (!state.LinkHasText || end == destination || end > last || text[end] != ')')
            {
                return false;
            }

            sink.LinkEnd(text.Substring(destination, end - destination), state.LinkStart, end + 1);
            state.InLink = false;
            at = run = end + 1;
            return true;
        }

        /// <summary>A <c>!</c>: text, unless it opens an image.</summary>
        private static bool NotAnImage(string text, int last, ref int at)
        {
            if (at + 1 <= last && text[at + 1] == '[')
            {
                return false;
            }

            at++;
            return true;
        }

        /// <summary>
        /// Whether the line from <paramref name="first"/> to <paramref name="last"/> may be read here:
        /// false when it holds a code span, HTML or an entity opener (escaped or not), or a backslash
        /// that is not followed by punctuation on the line. <paramref name="firstBackslash"/> is its
        /// first escape, or -1.
        /// </summary>
        private static bool IsSimpleLine(string text, int first, int last, out int firstBackslash)
        {
            firstBackslash = -1;
            for (int at = first; at <= last;)
            {
                int found = text.AsSpan(at, last - at + 1).IndexOfAny(Refused.AsSpan());
                if (found < 0)
                {
                    break;
                }

                at += found;
                if (text[at] != '\\' || at == last || !IsPunctuation(text[at + 1]) || Refused.IndexOf(text[at + 1]) >= 0)
                {
                    return false;
                }

                firstBackslash = firstBackslash < 0 ? at : firstBackslash;
                at += 2;
            }

            return true;
        }

        /// <summary>The next backslash from <paramref name="from"/> to <paramref name="last"/>, or -1 (the line was checked by <see cref="IsSimpleLine"/>).</summary>
        private static int NextBackslash(string text, int from, int last)
            => from <= last ? text.IndexOf('\\', from, last - from + 1) : -1;

        private static void Flush(ISimpleInlineSink sink, string text, int start, int end, ref bool linkHasText, bool inLink)
        {
            if (end > start)
            {
                linkHasText |= inLink;
                sink.Literal(text, start, end - start);
            }
        }

        // A delimiter's neighbors are those every reading classifies the same way: ASCII but the
        // control characters other than the tab and the line break, and outside ASCII the space
        // separators (white space, U+00A0 among them) and letters and digits (neither white space
        // nor punctuation). Quotes, dashes and symbols outside ASCII are left to Markdig.
        private static bool IsPlainNeighbor(char c)
        {
            if (c < 127)
            {
                return c >= ' ' || c == '\t' || c == '\n';
            }

            switch (CharUnicodeInfo.GetUnicodeCategory(c))
            {
                case UnicodeCategory.SpaceSeparator:
                case UnicodeCategory.UppercaseLetter:
                case UnicodeCategory.LowercaseLetter:
                case UnicodeCategory.TitlecaseLetter:
                case UnicodeCategory.ModifierLetter:
                case UnicodeCategory.OtherLetter:
                case UnicodeCategory.DecimalDigitNumber:
                    return true;
                default:
                    return false;
            }
        }

        private static bool IsSpace(char c)
            => c == ' ' || c == '\t' || c == '\n' || (c > 127 && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.SpaceSeparator);

        private static bool IsPunctuation(char c) => c.IsAsciiPunctuation();

    }
}
