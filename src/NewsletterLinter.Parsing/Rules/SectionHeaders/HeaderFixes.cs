using System;
using NewsletterLinter.Parsing.Fixing;
using NewsletterLinter.Parsing.Model;

namespace NewsletterLinter.Parsing.Rules
{
    /// <summary>
    /// The fixes of the header rules (AN3001, AN3002, AN3003, AN3005). Each changes only what its rule
    /// is about (the markers, the level, the letter case and white space of the name, a misspelled
    /// name written as plain text) and keeps every inline construct as written; where that cannot be
    /// done, no fix is offered and the finding stands alone.
    /// </summary>
    internal static class HeaderFixes
    {
        /// <summary>AN3001: the header in another style, at <paramref name="level"/>.</summary>
        public static FindingFix? Style(Section header, HeaderStyle style, int level, string title)
            => HeaderMarkup.Of(header).Rewrite(style, level) is { } edit ? new FindingFix(title, edit) : null;

        /// <summary>AN3002: the header at another level (the <c>#</c>s or the underline; a setext header past level 2 becomes ATX).</summary>
        public static FindingFix? Level(Section header, int level, string title)
        {
            if (header.Style == HeaderStyle.Atx)
            {
                int lineStart = header.LineStart;
                string line = header.RawText;
                int indent = line.Length - line.TrimStart().Length;
                int hashes = 0;
                while (indent + hashes < line.Length && line[indent + hashes] == '#')
                {
                    hashes++;
                }

                return new FindingFix(title, new TextEdit(lineStart + indent, hashes, new string('#', level)));
            }

            return header.Style == HeaderStyle.Setext ? Style(header, level <= 2 ? HeaderStyle.Setext : HeaderStyle.Atx, level, title) : null;
        }

        /// <summary>AN3003: the unknown name replaced by the suggestion, when the name is plain text.</summary>
        public static FindingFix? Rename(Section header, string name, string title)
        {
            (int start, int length) = header.NameInRawText;
            if (length <= 0 || InCodeSpan(header) || HeaderText.HasInlineMarkup(header.RawText.Substring(start, length)))
            {
                return null;
            }

            return new FindingFix(title, new TextEdit(header.NameSpan.Offset, header.NameSpan.Length, name));
        }

        /// <summary>
        /// AN3005: the name written as <paramref name="expected"/>, without stray white space around
        /// or inside it: letter case and spaces change inside its markup; a misspelled plain name is
        /// replaced; a misspelled name holding markup gets no fix.
        /// </summary>
        public static FindingFix? Respell(Section header, string expected, string title)
        {
            // A setext header's underline stays as it is: the edit covers its text lines only.
            string raw = header.Style == HeaderStyle.Setext && header.RawText.LastIndexOf('\n') is int underline and > 0
                ? header.RawText.Substring(0, header.RawText[underline - 1] == '\r' ? underline - 1 : underline)
                : header.RawText;
            (int start, int length) = header.NameInRawText;
            length = Math.Max(0, Math.Min(length, raw.Length - start));
            string written = length > 0 ? raw.Substring(start, length) : string.Empty;
            string? name = HeaderText.Respell(written, expected) ?? (HeaderText.HasInlineMarkup(written) ? null : expected);
            if (name is null || InCodeSpan(header))
            {
                return null;
            }

            string rewritten = length > 0 ? raw.Substring(0, start) + name + raw.Substring(start + length) : name;
            int firstBreak = rewritten.IndexOf('\n');
            string firstLine = firstBreak < 0 ? rewritten : rewritten.Substring(0, firstBreak).TrimEnd('\r');
            string rest = firstBreak < 0 ? string.Empty : rewritten.Substring(firstLine.Length);
            firstLine = header.Style == HeaderStyle.Atx ? NormalizeAtx(firstLine) : firstLine.Trim();
            return new FindingFix(title, new TextEdit(header.LineStart, raw.Length, firstLine + TrimLineEnds(rest)));
        }

        /// <summary>
        /// Whether the header holds a code span: the name's plain text may then stand inside it, where
        /// its characters are literal and no fix may change them.
        /// </summary>
        private static bool InCodeSpan(Section header) => header.RawText.IndexOf('`') >= 0;

        /// <summary>One space between the <c>#</c> marks and the text, none at the end.</summary>
        private static string NormalizeAtx(string line)
        {
            string trimmed = line.Trim();
            int hashes = 0;
            while (hashes < trimmed.Length && trimmed[hashes] == '#')
            {
                hashes++;
            }

            return trimmed.Substring(0, hashes) + " " + trimmed.Substring(hashes).Trim();
        }

        /// <summary>A setext header's further text lines without white space at their ends.</summary>
        private static string TrimLineEnds(string rest)
        {
            if (rest.Length == 0)
            {
                return rest;
            }

            string[] lines = rest.Split('\n');
            for (int i = 1; i < lines.Length; i++)
            {
                bool crlf = lines[i].EndsWith("\r", StringComparison.Ordinal);
                string line = lines[i].TrimEnd('\r').TrimEnd(' ', '\t');
                lines[i] = crlf ? line + "\r" : line;
            }

            return string.Join("\n", lines);
        }
    }
}
