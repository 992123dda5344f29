using System.Collections.Generic;
using System.Text;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using NewsletterLinter.Parsing.FastPaths;
using NewsletterLinter.Parsing.Taxonomy;

namespace NewsletterLinter.Parsing.Markdown
{
    /// <summary>
    /// The flatten stage: Markdig's blocks, in document order, as one stream of
    /// <see cref="TextUnit"/>s. Paragraphs whose breaks were lost are cut back into the units they
    /// were (<see cref="ParagraphSplitter"/>); containers give the text of their leaves.
    /// </summary>
    internal static class TextUnitReader
    {
        public static IEnumerable<TextUnit> Read(MarkdownDocument document, string source, SectionTaxonomy taxonomy)
        {
            var parts = new List<InlineText>();
            foreach (Block block in document)
            {
                switch (block)
                {
                    case YamlFrontMatterBlock frontMatter:
                        yield return new TextUnit(TextUnitKind.FrontMatter, InlineText.FromRaw(source, block.Span.Start, block.Span.Start), FrontMatter: FrontMatterText(frontMatter));
                        break;
                    case HeadingBlock heading:
                        yield return new TextUnit(TextUnitKind.Heading, InlineText.FromBlock(heading, source), heading.Level, heading.IsSetext);
                        break;
                    case ParagraphBlock paragraph:
                        parts.Clear();
                        ParagraphSplitter.Split(InlineText.FromBlock(paragraph, source), taxonomy, parts);
                        foreach (InlineText part in parts)
                        {
                            yield return new TextUnit(TextUnitKind.Paragraph, part);
                        }

                        break;
                    case LinkReferenceDefinitionGroup:
                    case ThematicBreakBlock:
                    case HtmlBlock { Type: HtmlBlockType.Comment }:
                        // Comments (an-lint suppressions among them) are not the text.
                        break;
                    default:
                        foreach (InlineText leaf in LeafTexts(block, source))
                        {
                            yield return new TextUnit(TextUnitKind.Other, leaf);
                        }

                        break;
                }
            }
        }

        private static string FrontMatterText(YamlFrontMatterBlock block)
        {
            var text = new StringBuilder();
            for (int i = 0; i < block.Lines.Count; i++)
            {
                text.Append(block.Lines.Lines[i].ToString()).Append('\n');
            }

            return text.ToString();
        }

        private static IEnumerable<InlineText> LeafTexts(Block block, string source)
        {
            var stack = new Stack<Block>();
            stack.Push(block);
            while (stack.Count > 0)
            {
                Block current = stack.Pop();
                switch (current)
                {
                    case ContainerBlock container:
                        for (int i = container.Count - 1; i >= 0; i--)
                        {
                            stack.Push(container[i]);
                        }

                        break;
                    case LeafBlock leaf when leaf.Inline is not null || SimpleInlines.IsKept(leaf):
                        yield return InlineText.FromBlock(leaf, source);
                        break;
                    case LeafBlock leaf:
                        // Code and HTML blocks: their text as written.
                        yield return InlineText.FromRaw(source, leaf.Span.Start, leaf.Span.End + 1);
                        break;
                }
            }
        }
    }
}
