using System.Collections.Generic;
using System.Globalization;
using NewsletterLinter.Parsing.Model;
using NewsletterLinter.Parsing.Text;

namespace NewsletterLinter.Parsing.Markdown
{
    /// <summary>
    /// Finds cross references such as <c>AN #7</c> in plain text, including the malformed spellings
    /// <c>AN#7</c>, <c>AN # 7</c>, <c>an #7</c> and <c>AN #07</c>. A scanner, not a regular expression:
    /// linear in the text whatever it holds.
    /// </summary>
    internal static class ReferenceScanner
    {
        private const int MaxDigits = 6;

        public static void Scan(InlineText text, LineMap lines, List<Reference> into)
        {
            // Every spelling has a '#', the rarest of its characters: find each one with a vectorized
            // search and read the reference around it (back to "AN", on to the digits).
            string s = text.Text;
            for (int hash = s.IndexOf('#'); hash >= 0; hash = hash + 1 < s.Length ? s.IndexOf('#', hash + 1) : -1)
            {
                int k = hash - 1;
                int spacesBeforeHash = 0;
                while (k >= 0 && IsInlineSpace(s[k]))
                {
                    k--;
                    spacesBeforeHash++;
                }

                if (k < 1)
                {
                    continue;
                }

                int i = k - 1;
                char a = s[i];
                char n = s[k];
                if ((a != 'A' && a != 'a') || (n != 'N' && n != 'n'))
                {
                    continue;
                }

                if (i > 0 && char.IsLetterOrDigit(s[i - 1]))
                {
                    continue;
                }

                int j = hash + 1;
                int spacesAfterHash = 0;
                while (j < s.Length && IsInlineSpace(s[j]))
                {
                    j++;
                    spacesAfterHash++;
                }

                int digitsStart = j;
                while (j < s.Length && j - digitsStart <= MaxDigits && s[j] >= '0' && s[j] <= '9')
                {
                    j++;
                }

                int digitCount = j - digitsStart;
                if (digitCount == 0 || digitCount > MaxDigits || (j < s.Length && char.IsLetterOrDigit(s[j])))
                {
                    continue;
                }

                bool upper = a == 'A' && n == 'N';
                bool bracketed = i > 0 && (s[i - 1] == '(' || s[i - 1] == '[');
                if (!upper && !bracketed)
                {
                    // "an #1 priority" is English, not a reference.
                    continue;
                }

                int number = int.Parse(s.Substring(digitsStart, digitCount), NumberStyles.None, CultureInfo.InvariantCulture);
                bool wellFormed = upper && spacesBeforeHash == 1 && s[i + 2] == ' ' && spacesAfterHash == 0 && !(digitCount > 1 && s[digitsStart] == '0');
                string raw = s.Substring(i, j - i);
                int sourceStart = text.SourceOffset(i);
                int sourceEnd = text.SourceEndOffset(j);
                InlineLink? cited = CitedLink(text, i);
                string? citedTitle = cited is { } link ? TextNormalizer.FoldWhitespace(s, link.Start, link.End - link.Start) : null;
                into.Add(new Reference(number, raw, lines.Span(sourceStart, sourceEnd), wellFormed, string.IsNullOrEmpty(citedTitle) ? null : citedTitle, cited?.Url));
                hash = j - 1;
            }
        }

        /// <summary>The text of a link just before the reference's opening parenthesis: <c>[Title](url) (AN #7)</c>.</summary>
        private static InlineLink? CitedLink(InlineText text, int referenceStart)
        {
            string s = text.Text;
            int k = referenceStart - 1;
            if (k < 0 || (s[k] != '(' && s[k] != '['))
            {
                return null;
            }

            k--;
            while (k >= 0 && IsInlineSpace(s[k]))
            {
                k--;
            }

            InlineLink? link = text.LinkEndingBefore(k + 1);
            if (link is null || link.Value.End != k + 1)
            {
                return null;
            }

            return link;
        }

        private static bool IsInlineSpace(char c) => c == ' ' || c == '\u00A0' || c == '\t';
    }
}
