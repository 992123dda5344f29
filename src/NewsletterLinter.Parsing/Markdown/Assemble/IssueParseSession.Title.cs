using System;
using System.Linq;
using System.Text;
using NewsletterLinter.Parsing.FastPaths;
using NewsletterLinter.Parsing.Markdown;
using NewsletterLinter.Parsing.Model;
using NewsletterLinter.Parsing.Taxonomy;
using NewsletterLinter.Parsing.Text;

namespace NewsletterLinter.Parsing.Markdown
{
    /// <content>The title: a <c>[AN #N]: ...</c> line before the first section, when the issue has no title heading or repeats it.</content>
    internal sealed partial class IssueParseSession
    {
        /// <summary>
        /// A line <c>[AN #N]: title</c> before the first section, in a paragraph of its own: the
        /// issue's title when it has none yet (the email form has no title heading), or the title
        /// repeated below it. Either way its <c>AN #N</c> names the issue itself, not a reference.
        /// </summary>
        private bool TryTitleLine(InlineText inline)
        {
            if (_section is not null || _subsection is not null || _entry is not null || inline.Text.Length > 300 || !StartsWithTitleBracket(inline.Text) || inline.Text.Trim().IndexOf('\n') >= 0)
            {
                return false;
            }

            string name = TextNormalizer.FoldWhitespace(inline.Text).Replace(MarkdownView.TitleBracketMask, '[');
            if (!name.StartsWith("[AN", StringComparison.Ordinal) || IssueNumberResolver.FromTitle(name) is not { } number)
            {
                return false;
            }

            int? titleNumber = _title is null ? null : IssueNumberResolver.FromTitle(_title);
            if (_title is not null && titleNumber != number)
            {
                return false;
            }

            if (_title is null)
            {
                _title = name;
                _titleSpan = BlockSpan(inline);
            }

            _seenContent = true;
            return true;
        }

        /// <summary>Whether the first character after white space is a title line's bracket, plain or masked.</summary>
        private static bool StartsWithTitleBracket(string text)
        {
            foreach (char c in text)
            {
                if (!TextNormalizer.IsSpace(c))
                {
                    return c == '[' || c == MarkdownView.TitleBracketMask;
                }
            }

            return false;
        }
    }
}
