using System;
using System.Collections.Generic;
using NewsletterLinter.Parsing.Model;
using NewsletterLinter.Parsing.Text;

namespace NewsletterLinter.Parsing.Markdown
{
    /// <summary>
    /// The account stage: the entries the text marks against the entries that were read, so that no
    /// entry is lost in silence. Every <c>(summarized by ...)</c> marks an entry, and an entry is read
    /// when the marker stands in the header of a summary. A file that yields no section and no
    /// summary is also held to its other marks of entries: opinion labels and linked titles followed
    /// by an italic author group. A file that marks no entries (an essay issue) is never reported.
    /// </summary>
    internal static class EntryAccount
    {
        public static ParseProblem? Check(string text, LineMap lines, IReadOnlyList<Summary> summaries, int sectionCount)
        {
            // The recognizer's own search for the markers.
            var markers = new List<int>();
            for (int at = EntryHeaderParser.IndexOfOpenedMarker(text, 0, text.Length); at >= 0; at = EntryHeaderParser.IndexOfOpenedMarker(text, at + 1, text.Length))
            {
                markers.Add(at);
            }

            int read = 0;
            int firstLost = -1;
            foreach (int marker in markers)
            {
                if (InAnyHeader(summaries, marker))
                {
                    read++;
                }
                else if (firstLost < 0)
                {
                    firstLost = marker;
                }
            }

            if (firstLost >= 0)
            {
                return Problem(lines, markers.Count, read, "'(summarized by ...)'", firstLost);
            }

            if (summaries.Count == 0 && sectionCount == 0 && markers.Count == 0 && FirstOtherMark(text, out int count) is { } first)
            {
                return Problem(lines, count, 0, "opinion labels or linked titles with an author group", first);
            }

            return null;
        }

        private static ParseProblem Problem(LineMap lines, int marked, int read, string what, int firstLost)
        {
            int line = lines.Position(firstLost).Line;
            string message = $"The issue marks {marked} {Plural(marked, "entry", "entries")} with {what} but {read} {Plural(read, "was", "were")} read as {Plural(read, "a summary", "summaries")}; the first entry not read is at line {line}. Its header may be malformed, or the issue is in a form the parser does not read";
            return new ParseProblem(ParseProblemKind.UnreadEntries, message, lines.Span(0, 0));
        }

        private static string Plural(int count, string one, string many) => count == 1 ? one : many;

        private static bool InAnyHeader(IReadOnlyList<Summary> summaries, int offset)
        {
            foreach (Summary summary in summaries)
            {
                if (offset >= summary.HeaderSpan.Offset && offset < summary.HeaderSpan.End)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The offset of the first opinion label or <c>](url) *(Authors)*</c>, and how many there are.</summary>
        private static int? FirstOtherMark(string text, out int count)
        {
            count = 0;
            int first = int.MaxValue;
            foreach (string mark in new[] { "'s opinion:", "\u2019s opinion:", "My opinion:", ") *(" })
            {
                int at = 0;
                while ((at = text.IndexOf(mark, at, StringComparison.Ordinal)) >= 0)
                {
                    if (mark != ") *(" || at > 0 && text.LastIndexOf("](", at, Math.Min(at, 2000), StringComparison.Ordinal) >= 0)
                    {
                        count++;
                        first = Math.Min(first, LineStartOf(text, at));
                    }

                    at += mark.Length;
                }
            }

            return count > 0 ? first : null;
        }

        private static int LineStartOf(string text, int offset) => offset == 0 ? 0 : text.LastIndexOf('\n', offset - 1) + 1;
    }
}
