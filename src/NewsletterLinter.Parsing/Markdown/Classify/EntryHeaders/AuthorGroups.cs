using System;
using System.Collections.Generic;
using NewsletterLinter.Parsing.FastPaths;
using NewsletterLinter.Parsing.Text;
using static NewsletterLinter.Parsing.Markdown.EntryHeaderParser;
using static NewsletterLinter.Parsing.Markdown.PlainEntryHeader;
using static NewsletterLinter.Parsing.Markdown.SplitEntryHeader;
using static NewsletterLinter.Parsing.Text.TextScanner;

namespace NewsletterLinter.Parsing.Markdown
{
    /// <summary>The balanced <c>(...)</c> groups after a title: which is the authors and which the summarizers, and the names in them.</summary>
    internal static class AuthorGroups
    {
        internal static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal)
        {
            "al", "al.", "and", "bin", "da", "de", "del", "della", "den", "der", "di", "du", "et", "ibn", "la", "le", "van", "von", "y",
        };

        internal static EntryHeader Build(string title, string? url, int titleStart, int titleEnd, List<string> authors, List<string> summarizers, bool hasSummarizedBy, List<string>? hatTips, string s, int headerEnd, string? malformation)
        {
            int bodyStart = SkipSpaces(s, headerEnd, s.Length);
            return new EntryHeader(titleStart, titleEnd, title, url, authors, summarizers, hasSummarizedBy, headerEnd, bodyStart, malformation) { HatTips = hatTips };
        }

        /// <summary>As <see cref="ReadGroups(string, int, int, out int, out bool)"/>, adding the groups to <paramref name="groups"/>.</summary>
        internal static void ReadGroups(string s, int from, int lineEnd, List<(int Start, int End)> groups, out int after, out bool unbalanced)
        {
            unbalanced = false;
            int i = from;
            while (true)
            {
                int j = SkipSpaces(s, i, lineEnd);
                if (j >= lineEnd || s[j] != '(')
                {
                    break;
                }

                int close = MatchingClose(s, j, Math.Min(lineEnd, j + MaxGroupLength));
                if (close < 0)
                {
                    unbalanced = IndexOfSummarizedBy(s, j, Math.Min(lineEnd, j + 20)) == j;
                    break;
                }

                groups.Add((j + 1, close));
                i = close + 1;
            }

            after = i;
        }

        internal static void Classify(string s, List<(int Start, int End)> groups, out List<string> authors, out List<string> summarizers, out bool hasSummarizedBy, out List<string>? hatTips)
        {
            hatTips = null;
            authors = new List<string>();
            summarizers = new List<string>();
            hasSummarizedBy = false;
            bool authorsSeen = false;
            foreach ((int start, int end) in groups)
            {
                string content = Clean(s, start, end - start);
                int marker = IndexOfSummarizedBy(content, 0, Math.Min(content.Length, 1));
                if (marker == 0)
                {
                    hasSummarizedBy = true;
                    int names = content.IndexOf(" by", StringComparison.OrdinalIgnoreCase) + 3;
                    SplitNames(content, names, content.Length, summarizers);
                }
                else if (IsReference(content))
                {
                    // "(AN #28)" cites an earlier issue: not an author group.
                }
                else if (content.StartsWith("H/T", StringComparison.OrdinalIgnoreCase))
                {
                    // A hat tip names who pointed the editor to the work: not an author.
                    SplitNames(content, 3, content.Length, hatTips ??= new List<string>());
                }
                else if (!authorsSeen && !hasSummarizedBy)
                {
                    authorsSeen = true;
                    SplitNames(content, 0, content.Length, authors);
                }
            }
        }

        /// <summary>As <see cref="SplitNames(string)"/>, for the text from <paramref name="from"/> to <paramref name="to"/>, adding the names to <paramref name="names"/>.</summary>
        internal static void SplitNames(string text, int from, int to, List<string> names)
        {
            // Ranges of the text, not substrings: each name is copied once, folded.
            int partStart = from;
            while (partStart <= to)
            {
                int comma = text.IndexOf(',', partStart, to - partStart);
                int partEnd = comma < 0 ? to : comma;
                (int start, int end) = Trimmed(text, partStart, partEnd);
                if (end - start >= 4 && string.CompareOrdinal(text, start, "and ", 0, 4) == 0)
                {
                    (start, end) = Trimmed(text, start + 4, end);
                }

                int and = end > start ? text.IndexOf(" and ", start, end - start, StringComparison.Ordinal) : -1;
                while (and > start)
                {
                    AddName(names, text, start, and);
                    (start, end) = Trimmed(text, and + 5, end);
                    and = end > start ? text.IndexOf(" and ", start, end - start, StringComparison.Ordinal) : -1;
                }

                int amp = end > start ? text.IndexOf(" & ", start, end - start, StringComparison.Ordinal) : -1;
                if (amp > start)
                {
                    AddName(names, text, start, amp);
                    start = amp + 3;
                }

                AddName(names, text, start, end);
                if (comma < 0)
                {
                    break;
                }

                partStart = comma + 1;
            }
        }

        /// <summary>The range without the white space <see cref="string.Trim()"/> removes (<see cref="TextNormalizer.IsSpace"/>'s).</summary>
        internal static (int Start, int End) Trimmed(string text, int start, int end)
        {
            while (start < end && TextNormalizer.IsSpace(text[start]))
            {
                start++;
            }

            return (start, TrimEnd(text, start, end));
        }

        internal static void AddName(List<string> names, string text, int start, int end)
        {
            string name = end > start ? TextNormalizer.FoldWhitespace(text, start, end - start) : string.Empty;
            if (name.Length > 0)
            {
                names.Add(name);
            }
        }

        internal static bool IsReference(string content)
        {
            if (!content.StartsWith("AN", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            int i = 2;
            while (i < content.Length && content[i] == ' ')
            {
                i++;
            }

            return i < content.Length && content[i] == '#';
        }

        /// <summary>Whether a name reads as a person's or an organization's: capitalized words, initials and particles.</summary>
        internal static bool LooksLikeName(string name)
        {
            string[] words = name.Split(' ');
            if (words.Length > 6)
            {
                return false;
            }

            foreach (string word in words)
            {
                if (word.Length == 0)
                {
                    continue;
                }

                if (!(char.IsUpper(word[0]) || NameParticles.Contains(word)) || HasDigit(word) || word.IndexOfAny(NotInNames) >= 0)
                {
                    return false;
                }
            }

            return true;
        }

        // A formula such as "R(τ) = log(D(τ))" has a group, but no name holds these.
        private static readonly char[] NotInNames = { '(', ')', '[', ']', '{', '}', '=', '<', '>', '+', '|' };

        internal static bool HasDigit(string word)
        {
            foreach (char c in word)
            {
                if (char.IsDigit(c))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Reads consecutive balanced <c>(...)</c> groups on the header line.</summary>
        internal static List<(int Start, int End)> ReadGroups(string s, int from, int lineEnd, out int after, out bool unbalanced)
        {
            var groups = new List<(int Start, int End)>();
            ReadGroups(s, from, lineEnd, groups, out after, out unbalanced);
            return groups;
        }

        /// <summary>Splits <c>A, B, and C</c> or <c>A and B</c> into names; <c>A et al</c> stays one name.</summary>
        public static List<string> SplitNames(string text)
        {
            var names = new List<string>();
            SplitNames(text, 0, text.Length, names);
            return names;
        }
    }
}
