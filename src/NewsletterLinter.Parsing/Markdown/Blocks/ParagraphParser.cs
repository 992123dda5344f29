using System;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace NewsletterLinter.Parsing.Markdown
{
    /// <summary>
    /// Markdig's paragraph parser, except for the test of a closing paragraph for link reference
    /// definitions where none can be: Markdig reads and copies the label of every paragraph that
    /// opens with a bracket (every linked entry title) to try. A definition opens its paragraph with
    /// its label's bracket, and the label is followed by its colon at once, so a paragraph that does
    /// not open with a bracket, or has no <c>]:</c> in any of its lines, is closed as Markdig closes
    /// one that holds no definition (its lines trimmed of spaces and tabs). The tests compare the
    /// lines of every paragraph as it closes, the blocks and the definitions of every real issue and
    /// of generated texts with Markdig's own.
    /// </summary>
    internal sealed class ParagraphParser : ParagraphBlockParser
    {
        /// <inheritdoc/>
        public override bool Close(BlockProcessor processor, Block block)
        {
            if (processor.TrackTrivia || block is not ParagraphBlock paragraph || MayDefine(paragraph.Lines))
            {
                return base.Close(processor, block);
            }

            StringLine[] lines = paragraph.Lines.Lines;
            int count = paragraph.Lines.Count;
            if (count == 0)
            {
                return false;
            }

            // As Markdig trims a paragraph's lines: spaces and tabs (not other white space) at the
            // start of every line and at the end of the last.
            for (int i = 0; i < count; i++)
            {
                ref StringSlice line = ref lines[i].Slice;
                while (line.Start <= line.End && line.Text[line.Start].IsSpaceOrTab())
                {
                    line.Start++;
                }
            }

            ref StringSlice last = ref lines[count - 1].Slice;
            while (last.End >= last.Start && last.Text[last.End].IsSpaceOrTab())
            {
                last.End--;
            }

            return true;
        }

        private static bool OpensWithBracket(StringSlice line)
        {
            for (int i = line.Start; i <= line.End; i++)
            {
                char c = line.Text[i];
                if (!char.IsWhiteSpace(c))
                {
                    return c == '[';
                }
            }

            return false;
        }

        private static bool MayDefine(StringLineGroup lines)
        {
            // A definition opens the paragraph with its label's bracket (after white space at most).
            if (lines.Count == 0 || !OpensWithBracket(lines.Lines[0].Slice))
            {
                return false;
            }

            for (int i = 0; i < lines.Count; i++)
            {
                if (lines.Lines[i].Slice.AsSpan().IndexOf("]:".AsSpan()) >= 0)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
