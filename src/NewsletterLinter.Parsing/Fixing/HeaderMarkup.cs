using System;
using System.Collections.Generic;
using NewsletterLinter.Parsing.Model;
using NewsletterLinter.Parsing.Rules;

namespace NewsletterLinter.Parsing.Fixing
{
    /// <summary>
    /// A section header split into its markers (the <c>#</c>s, the setext underline, the bold
    /// delimiters) and its content, the inline Markdown between them as written. The header fixes
    /// rewrite the markers and the level around the content and never rebuild the content from its
    /// plain text, so links, emphasis, code spans, HTML and escapes stay as they are. A form the
    /// content cannot take without changing its meaning is refused (null), never written lossy.
    /// </summary>
    internal sealed class HeaderMarkup
    {
        private HeaderMarkup(int start, int length, HeaderStyle style, string content, string closing, string lineBreak, bool bareContent)
        {
            Start = start;
            Length = length;
            Style = style;
            Content = content;
            Closing = closing;
            LineBreak = lineBreak;
            BareContent = bareContent;
        }

        /// <summary>Where the header starts in the issue: the start of its first line.</summary>
        public int Start { get; }

        /// <summary>The length of the header through the end of its last line (a setext underline included).</summary>
        public int Length { get; }

        /// <summary>How the header is written now.</summary>
        public HeaderStyle Style { get; }

        /// <summary>The inline Markdown between the markers; a setext header's lines joined by their own line breaks.</summary>
        public string Content { get; }

        /// <summary>An ATX header's closing sequence (<c> ##</c>) as written, or empty.</summary>
        public string Closing { get; }

        /// <summary>The line break the header's lines use.</summary>
        public string LineBreak { get; }

        /// <summary>False for a bold paragraph whose delimiters could not be told from its content; such a header keeps its style.</summary>
        public bool BareContent { get; }

        /// <summary>The markup of <paramref name="header"/>.</summary>
        public static HeaderMarkup Of(Section header)
        {
            string raw = header.RawText;
            int start = header.LineStart;
            string lineBreak = raw.IndexOf("\r\n", StringComparison.Ordinal) >= 0 ? "\r\n" : "\n";
            switch (header.Style)
            {
                case HeaderStyle.Atx:
                    (string content, string closing) = SplitAtx(raw);
                    return new HeaderMarkup(start, raw.Length, header.Style, content, closing, lineBreak, bareContent: true);
                case HeaderStyle.Setext:
                    return new HeaderMarkup(start, raw.Length, header.Style, SetextContent(raw, lineBreak), string.Empty, lineBreak, bareContent: true);
                case HeaderStyle.BoldParagraph:
                    string bold = raw.Trim();
                    bool wrapped = bold.Length > 4 && (bold.StartsWith("**", StringComparison.Ordinal) && bold.EndsWith("**", StringComparison.Ordinal)
                        || bold.StartsWith("__", StringComparison.Ordinal) && bold.EndsWith("__", StringComparison.Ordinal));
                    string inner = wrapped ? bold.Substring(2, bold.Length - 4) : bold;
                    bool bare = wrapped && inner.Length == inner.Trim().Length && inner.IndexOf("**", StringComparison.Ordinal) < 0 && inner.IndexOf("__", StringComparison.Ordinal) < 0;
                    return new HeaderMarkup(start, raw.Length, header.Style, inner, string.Empty, lineBreak, bare);
                default:
                    return new HeaderMarkup(start, raw.Length, header.Style, raw.Trim(), string.Empty, lineBreak, bareContent: true);
            }
        }

        /// <summary>The edit that writes the header in <paramref name="style"/> at <paramref name="level"/>, or null when the content cannot take that form as written.</summary>
        public TextEdit? Rewrite(HeaderStyle style, int level) => Render(style, level) is { } text ? new TextEdit(Start, Length, text) : null;

        /// <summary>The header written in <paramref name="style"/> at <paramref name="level"/>, or null when that would change its content.</summary>
        public string? Render(HeaderStyle style, int level)
        {
            if (!BareContent || Content.Length == 0 || Content.Trim().Length == 0)
            {
                return null;
            }

            bool oneLine = Content.IndexOf('\n') < 0 && Content.IndexOf('\r') < 0;
            switch (style)
            {
                case HeaderStyle.Atx:
                    if (!oneLine || level is < 1 or > 6 || (Style != HeaderStyle.Atx && EndsLikeClosingSequence(Content)))
                    {
                        return null;
                    }

                    return new string('#', level) + " " + Content + (Style == HeaderStyle.Atx ? Closing : string.Empty);
                case HeaderStyle.Setext:
                    if (level is < 1 or > 2 || !ReadsAsParagraph(Content))
                    {
                        return null;
                    }

                    string last = LastLine(Content);
                    return Content + LineBreak + new string(level == 1 ? '=' : '-', Math.Max(3, last.Length));
                case HeaderStyle.BoldParagraph:
                    bool plainEnough = oneLine && Content.IndexOf('*') < 0 && Content.IndexOf('_') < 0 && Content.Trim().Length == Content.Length;
                    return plainEnough && ReadsAsParagraph(Content) ? "**" + Content + "**" : null;
                default:
                    bool plain = oneLine && !HeaderText.HasInlineMarkup(Content) && Content == Content.ToUpperInvariant();
                    return plain && ReadsAsParagraph(Content) ? Content : null;
            }
        }

        /// <summary>An ATX line: content between the <c>#</c>s and the optional closing sequence, and that sequence as written.</summary>
        private static (string Content, string Closing) SplitAtx(string raw)
        {
            string line = FirstLine(raw);
            int at = 0;
            while (at < line.Length && line[at] == ' ')
            {
                at++;
            }

            while (at < line.Length && line[at] == '#')
            {
                at++;
            }

            string rest = line.Substring(at).Trim();
            int end = rest.Length;
            while (end > 0 && rest[end - 1] == '#')
            {
                end--;
            }

            // A closing sequence is #s preceded by a space, or the whole rest; a # glued to a word is content.
            if (end < rest.Length && (end == 0 || rest[end - 1] == ' ' || rest[end - 1] == '\t'))
            {
                string content = rest.Substring(0, end).TrimEnd();
                return (content, rest.Substring(content.Length));
            }

            return (rest, string.Empty);
        }

        /// <summary>The text lines of a setext header (without the underline), the first without its indentation.</summary>
        private static string SetextContent(string raw, string lineBreak)
        {
            var lines = new List<string>(raw.Split('\n'));
            if (lines.Count > 1)
            {
                lines.RemoveAt(lines.Count - 1);
            }

            for (int i = 0; i < lines.Count; i++)
            {
                lines[i] = lines[i].TrimEnd('\r');
            }

            lines[0] = lines[0].TrimStart(' ', '\t');
            lines[lines.Count - 1] = lines[lines.Count - 1].TrimEnd(' ', '\t');
            return string.Join(lineBreak, lines);
        }

        /// <summary>Whether <paramref name="content"/> written at the start of a line reads as paragraph text, not as the start of another block (later lines continue the paragraph).</summary>
        private static bool ReadsAsParagraph(string content)
        {
            string first = FirstLine(content);
            return first.Length > 0 && first.Length - first.TrimStart(' ', '\t').Length < 4 && first.Trim().Length > 0 && !StartsBlock(first.TrimStart(' ', '\t'));
        }

        private static bool StartsBlock(string text)
        {
            char first = text[0];
            if (first is '#' or '>' or '<' or '|')
            {
                return true;
            }

            if (text.StartsWith("```", StringComparison.Ordinal) || text.StartsWith("~~~", StringComparison.Ordinal))
            {
                return true;
            }

            if (first is '-' or '+' or '*' or '_' or '=')
            {
                // A thematic break or an underline: the character three or more times, with spaces only.
                int count = 0;
                bool only = true;
                foreach (char c in text)
                {
                    count += c == first ? 1 : 0;
                    only &= c == first || c == ' ' || c == '\t';
                }

                if (only && (count >= 3 || first == '='))
                {
                    return true;
                }

                // A list item.
                return first is '-' or '+' or '*' && (text.Length == 1 || text[1] == ' ' || text[1] == '\t');
            }

            int digits = 0;
            while (digits < text.Length && digits < 10 && char.IsDigit(text[digits]))
            {
                digits++;
            }

            return digits > 0 && digits < text.Length && (text[digits] == '.' || text[digits] == ')') && (digits + 1 == text.Length || text[digits + 1] == ' ' || text[digits + 1] == '\t');
        }

        private static bool EndsLikeClosingSequence(string content)
        {
            string trimmed = content.TrimEnd();
            int end = trimmed.Length;
            while (end > 0 && trimmed[end - 1] == '#')
            {
                end--;
            }

            return end < trimmed.Length && (end == 0 || trimmed[end - 1] == ' ' || trimmed[end - 1] == '\t');
        }

        private static string FirstLine(string text)
        {
            int newline = text.IndexOfAny(new[] { '\r', '\n' });
            return newline < 0 ? text : text.Substring(0, newline);
        }

        private static string LastLine(string text)
        {
            int newline = text.LastIndexOf('\n');
            return newline < 0 ? text : text.Substring(newline + 1);
        }
    }
}
