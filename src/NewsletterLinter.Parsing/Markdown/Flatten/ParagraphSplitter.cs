using System;
using System.Collections.Generic;
using NewsletterLinter.Parsing.Taxonomy;
using NewsletterLinter.Parsing.Text;
using static NewsletterLinter.Parsing.Text.TextScanner;

namespace NewsletterLinter.Parsing.Markdown
{
    /// <summary>
    /// Cuts a paragraph back into the paragraphs it was before its breaks were lost (in the email
    /// form, and in text pasted from it): a section name on a line of its own, an entry header, an
    /// opinion label or a <c>Read more:</c> line at the start of a line, and an entry header or bold opinion label run into the
    /// end of the previous sentence (<c>...stability.[Next](url) *(A)* (summarized by B): ...</c>).
    /// Everything else stays one unit: a numbered list run together (<c>including:1. ...2. ...</c>)
    /// is the summary's text.
    /// </summary>
    internal static class ParagraphSplitter
    {
        private const int MaxHeaderLineLength = 100;

        public static void Split(InlineText paragraph, SectionTaxonomy taxonomy, List<InlineText> parts)
        {
            string s = paragraph.Text;
            if (paragraph.FirstLineBreak < 0 && !MayHoldRunTogetherStart(paragraph))
            {
                parts.Add(paragraph);
                return;
            }

            var cuts = new List<int> { 0 };
            int covered = HeaderEnd(paragraph, 0);
            int lineStart = 0;
            while (lineStart <= s.Length)
            {
                int newline = s.IndexOf('\n', lineStart);
                int lineEnd = newline < 0 ? s.Length : newline;
                if (IsHeaderLine(paragraph, lineStart, lineEnd, taxonomy) && (lineStart > 0 || newline >= 0))
                {
                    AddCut(cuts, lineStart);
                    AddCut(cuts, lineEnd + 1);
                    covered = lineEnd + 1;
                }
                else
                {
                    if (lineStart > 0 && StartsUnit(paragraph, lineStart, lineEnd, out int headerEnd))
                    {
                        AddCut(cuts, lineStart);
                        covered = headerEnd;
                    }
                    else if (lineStart > 0 && ReadMoreLabel.End(s, lineStart, lineEnd) >= 0)
                    {
                        AddCut(cuts, lineStart);
                        covered = lineEnd;
                    }

                    foreach (int start in RunTogetherStarts(paragraph, Math.Max(lineStart + 1, covered), lineEnd))
                    {
                        if (start > covered && StartsUnit(paragraph, start, lineEnd, out int end))
                        {
                            AddCut(cuts, start);
                            covered = end;
                        }
                    }
                }

                if (newline < 0)
                {
                    break;
                }

                lineStart = newline + 1;
            }

            for (int i = 0; i < cuts.Count; i++)
            {
                int start = cuts[i];
                int end = i + 1 < cuts.Count ? cuts[i + 1] : s.Length;
                if (start < s.Length && !IsBlank(s, start, end))
                {
                    parts.Add(cuts.Count == 1 ? paragraph : paragraph.Slice(start, end));
                }
            }
        }

        private static void AddCut(List<int> cuts, int at)
        {
            if (at > cuts[cuts.Count - 1])
            {
                cuts.Add(at);
            }
        }

        /// <summary>A paragraph of one line can hold a run-together start only if it marks a second entry or opinion.</summary>
        private static bool MayHoldRunTogetherStart(InlineText paragraph)
        {
            string s = paragraph.Text;
            int first = EntryHeaderParser.IndexOfSummarizedBy(s, 0, s.Length);
            if (first >= 0 && EntryHeaderParser.IndexOfSummarizedBy(s, first + 1, s.Length) >= 0)
            {
                return true;
            }

            foreach (InlineEmphasis emphasis in paragraph.Emphases)
            {
                if (emphasis.IsStrong && emphasis.Start > 0 && AsciiSearch.IndexOfIgnoreCase(s, "opinion", emphasis.Start, Math.Min(60, s.Length - emphasis.Start)) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Where the header of an entry or opinion label starting at <paramref name="start"/> ends, or <paramref name="start"/>.</summary>
        private static int HeaderEnd(InlineText paragraph, int start)
        {
            return StartsUnit(paragraph, start, paragraph.LineEndFrom(start), out int end) ? end : start;
        }

        /// <summary>
        /// Whether an entry header (with its <c>(summarized by ...)</c>, or a linked title with authors
        /// and a colon) or a well-formed opinion label starts at <paramref name="start"/>.
        /// </summary>
        private static bool StartsUnit(InlineText paragraph, int start, int lineEnd, out int headerEnd)
        {
            headerEnd = start;
            string s = paragraph.Text;
            bool marked = EntryHeaderParser.IndexOfSummarizedBy(s, start, lineEnd) >= 0;
            bool linked = paragraph.LinkStartingAt(SkipWhiteSpace(s, start, lineEnd)) is not null;
            bool strong = StrongStartsAt(paragraph, SkipWhiteSpace(s, start, lineEnd));
            if (!marked && !linked && !strong && !LooksLikeOpinionLabel(s, start, lineEnd))
            {
                return false;
            }

            InlineText rest = paragraph.Slice(start, s.Length);
            if ((marked || linked) && EntryHeaderParser.Parse(rest) is { Malformation: null } header
                && (header.HasSummarizedBy || (header.Url is not null && header.Authors.Count > 0))
                && EndsWithColon(rest.Text, header.HeaderEnd))
            {
                headerEnd = start + header.HeaderEnd;
                return true;
            }

            if (OpinionLabelParser.Parse(rest) is { IsWellFormed: true } label)
            {
                headerEnd = start + label.LabelEnd;
                return true;
            }

            return false;
        }

        private static bool EndsWithColon(string s, int headerEnd)
        {
            int i = headerEnd - 1;
            while (i >= 0 && TextNormalizer.IsSpace(s[i]))
            {
                i--;
            }

            return i >= 0 && (s[i] == ':' || s[i] == ')');
        }

        private static bool LooksLikeOpinionLabel(string s, int start, int lineEnd)
        {
            int limit = Math.Min(lineEnd, start + 60);
            return limit > start && AsciiSearch.IndexOfIgnoreCase(s, "opinion", start, limit - start) >= 0;
        }

        private static bool StrongStartsAt(InlineText paragraph, int index)
        {
            foreach (InlineEmphasis emphasis in paragraph.Emphases)
            {
                if (emphasis.IsStrong && emphasis.Start == index)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Where a unit may start inside a line: a link or bold text right after the end of a sentence
        /// with no paragraph break, or plain text after a sentence's end with no space
        /// (<c>stability.Next Title (Authors) (summarized by ...)</c>).
        /// </summary>
        private static IEnumerable<int> RunTogetherStarts(InlineText paragraph, int from, int lineEnd)
        {
            string s = paragraph.Text;
            if (from >= lineEnd || (EntryHeaderParser.IndexOfSummarizedBy(s, from, lineEnd) < 0 && !LooksLikeOpinionLabel(s, from, lineEnd)))
            {
                yield break;
            }

            for (int i = from; i < lineEnd; i++)
            {
                if (!EndsSentence(s, i - 1))
                {
                    continue;
                }

                if (paragraph.LinkStartingAt(i) is not null || StrongStartsAt(paragraph, i) || (char.IsUpper(s[i]) && !TextNormalizer.IsSpace(s[i - 1])))
                {
                    yield return i;
                }
            }
        }

        /// <summary>Whether the character at <paramref name="i"/> ends a sentence (or a closing quote or parenthesis after one).</summary>
        private static bool EndsSentence(string s, int i)
        {
            if (i < 0)
            {
                return false;
            }

            char c = s[i];
            if (c == '"' || c == '\u201D' || c == ')' || c == '*')
            {
                return i > 0 && EndsSentence(s, i - 1);
            }

            return c == '.' || c == '!' || c == '?' || c == ':' || (TextNormalizer.IsSpace(c) && i > 0 && (s[i - 1] == '.' || s[i - 1] == '!' || s[i - 1] == '?'));
        }

        /// <summary>A line that holds only a section or subsection name, in capitals or bold.</summary>
        private static bool IsHeaderLine(InlineText paragraph, int start, int end, SectionTaxonomy taxonomy)
        {
            if (end - start > MaxHeaderLineLength || end <= start)
            {
                return false;
            }

            foreach (InlineLink link in paragraph.Links)
            {
                if (link.Start < end && link.End > start)
                {
                    return false;
                }
            }

            string name = TextNormalizer.FoldWhitespace(paragraph.Text, start, end - start);
            if (name.Length == 0 || taxonomy.Find(name) is null)
            {
                return false;
            }

            if (TextNormalizer.IsCapitals(name))
            {
                return true;
            }

            int first = SkipWhiteSpace(paragraph.Text, start, end);
            foreach (InlineEmphasis emphasis in paragraph.Emphases)
            {
                if (emphasis.IsStrong && emphasis.Start <= first && emphasis.End >= first + name.Length)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
