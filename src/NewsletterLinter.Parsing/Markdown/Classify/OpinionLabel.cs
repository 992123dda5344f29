using NewsletterLinter.Parsing.Model;
using NewsletterLinter.Parsing.Text;

namespace NewsletterLinter.Parsing.Markdown
{
    /// <summary>A recognized opinion label at the start of a paragraph.</summary>
    internal readonly record struct OpinionLabel(string? Name, OpinionKind Kind, int LabelEnd, bool IsWellFormed);

    /// <summary>
    /// Recognizes <c>Name's opinion:</c>, <c>My opinion:</c> and <c>Should you read it?</c> at the
    /// start of a paragraph, and the near misses (<c>Rohins opinion:</c>, a missing colon, wrong case)
    /// that the opinion rules report.
    /// </summary>
    internal static class OpinionLabelParser
    {
        private const int MaxNameLength = 40;

        public static OpinionLabel? Parse(InlineText inline)
        {
            string s = inline.Text;
            int start = 0;
            while (start < s.Length && TextNormalizer.IsSpace(s[start]))
            {
                start++;
            }

            // The first letter first: 'S' or 's', or a letter outside ASCII, which a runtime's case folding may take for one.
            if (start < s.Length && ((s[start] | 0x20) == 's' || s[start] > '\u007F') && StartsWith(s, start, "Should you read it?", ignoreCase: true, out int end))
            {
                bool exact = StartsWith(s, start, "Should you read it?", ignoreCase: false, out _);
                return new OpinionLabel(null, OpinionKind.ShouldYouReadIt, end, exact);
            }

            int limit = System.Math.Min(s.Length, start + MaxNameLength + 12);
            int word = IndexOfIgnoreCase(s, "opinion", start, limit);
            if (word <= start)
            {
                return null;
            }

            int afterWord = word + "opinion".Length;
            if (afterWord < s.Length && char.IsLetter(s[afterWord]))
            {
                return null;
            }

            int colon = afterWord;
            while (colon < s.Length && (s[colon] == ' ' || s[colon] == '\u00A0'))
            {
                colon++;
            }

            if (inline.LinkStartingAt(start) is not null)
            {
                // "[Opinion Dynamics](url) ..." is a linked title, not a label.
                return null;
            }

            bool hasColon = colon < s.Length && s[colon] == ':';
            bool labelIsBold = IsBoldLabel(inline, start, afterWord);
            if (!hasColon && !labelIsBold)
            {
                // "Rohin's opinion is that ..." is prose, not a label.
                return null;
            }

            int labelEnd = hasColon ? colon + 1 : afterWord;
            bool wordExact = string.CompareOrdinal(s, word, "opinion", 0, 7) == 0 && colon == afterWord;
            string owner = s.Substring(start, word - start).TrimEnd(' ', '\u00A0');
            if (owner.Length == 0 || owner.Length > MaxNameLength || owner.IndexOf('\n') >= 0)
            {
                return null;
            }

            if (owner == "My" || owner == "my" || owner == "MY")
            {
                return new OpinionLabel(null, OpinionKind.Mine, labelEnd, hasColon && wordExact && owner == "My");
            }

            (string name, bool possessiveOk) = Possessor(owner);
            name = name.Trim();
            if (name.Length == 0 || !char.IsLetter(name[0]) || !LooksLikeName(name))
            {
                return null;
            }

            bool capitalized = char.IsUpper(name[0]);
            return new OpinionLabel(name, OpinionKind.Named, labelEnd, hasColon && wordExact && possessiveOk && capitalized);
        }

        /// <summary>The name in a possessive (<c>Name's</c>, <c>Name’s</c>, <c>Names'</c>, or a bare <c>Names</c>, which is malformed), and whether the possessive is written right.</summary>
        private static (string Name, bool PossessiveOk) Possessor(string owner)
        {
            if (owner.Length > 2 && TextNormalizer.IsApostrophe(owner[owner.Length - 2]) && (owner[owner.Length - 1] == 's' || owner[owner.Length - 1] == 'S'))
            {
                return (owner.Substring(0, owner.Length - 2), owner[owner.Length - 1] == 's');
            }

            if (owner.Length > 1 && TextNormalizer.IsApostrophe(owner[owner.Length - 1]))
            {
                string name = owner.Substring(0, owner.Length - 1);
                return (name, name.EndsWith("s", System.StringComparison.Ordinal));
            }

            return owner.Length > 1 && owner[owner.Length - 1] == 's' ? (owner.Substring(0, owner.Length - 1), false) : (owner, false);
        }

        private static bool LooksLikeName(string name)
        {
            string[] words = name.Split(' ');
            if (words.Length > 3)
            {
                return false;
            }

            foreach (string word in words)
            {
                if (word.Length == 0 || (words.Length > 1 && !char.IsUpper(word[0])))
                {
                    return false;
                }

                foreach (char c in word)
                {
                    if (!char.IsLetter(c) && c != '.' && c != '-')
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        /// <summary>Whether bold text covers the label and ends with it (an optional colon aside).</summary>
        private static bool IsBoldLabel(InlineText inline, int start, int end)
        {
            foreach (InlineEmphasis emphasis in inline.Emphases)
            {
                if (emphasis.IsStrong && emphasis.Start <= start && emphasis.End >= end && emphasis.End <= end + 2)
                {
                    return true;
                }
            }

            return false;
        }

        private static bool StartsWith(string s, int start, string prefix, bool ignoreCase, out int end)
        {
            end = start + prefix.Length;
            return s.Length >= end && string.Compare(s, start, prefix, 0, prefix.Length, ignoreCase ? System.StringComparison.OrdinalIgnoreCase : System.StringComparison.Ordinal) == 0;
        }

        private static int IndexOfIgnoreCase(string s, string value, int start, int limit)
        {
            if (limit - start < value.Length)
            {
                return -1;
            }

            return AsciiSearch.IndexOfIgnoreCase(s, value, start, limit - start);
        }
    }
}
