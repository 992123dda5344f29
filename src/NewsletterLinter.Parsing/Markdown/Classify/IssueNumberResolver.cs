using System;
using System.Globalization;
using System.IO;
using NewsletterLinter.Parsing.Text;

namespace NewsletterLinter.Parsing.Markdown
{
    /// <summary>Reads an issue number from front matter, a title or a file name.</summary>
    internal static class IssueNumberResolver
    {
        private const int MaxDigits = 5;

        /// <summary>The value of a <c>number:</c> line of YAML front matter.</summary>
        public static int? FromFrontMatter(string frontMatter)
        {
            foreach (string rawLine in frontMatter.Split('\n'))
            {
                string line = rawLine.Trim();
                if (!line.StartsWith("number", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                string rest = line.Substring(6).TrimStart();
                if (!rest.StartsWith(":", StringComparison.Ordinal))
                {
                    continue;
                }

                rest = rest.Substring(1).Trim().Trim('"', '\'');
                if (rest.StartsWith("#", StringComparison.Ordinal))
                {
                    rest = rest.Substring(1);
                }

                return ParseDigits(rest, 0, out _);
            }

            return null;
        }

        /// <summary>
        /// The number of a title such as <c>[AN #137]: ...</c>, <c>Alignment Newsletter #13: 07/02/18</c>
        /// or <c>The Alignment Newsletter #1</c>: a <c>#</c> right after <c>AN</c> or <c>Newsletter</c>.
        /// </summary>
        public static int? FromTitle(string title)
        {
            int index = 0;
            while ((index = title.IndexOf('#', index)) >= 0)
            {
                string before = title.Substring(0, index).TrimEnd();
                bool named = before.EndsWith("AN", StringComparison.OrdinalIgnoreCase) || before.EndsWith("Newsletter", StringComparison.OrdinalIgnoreCase);
                int? number = ParseDigits(title, index + 1, out _);
                if (named && number is not null)
                {
                    return number;
                }

                index++;
            }

            return null;
        }

        /// <summary>Whether a heading reads as the issue's title rather than a section.</summary>
        public static bool LooksLikeTitle(string heading)
            => AsciiSearch.IndexOfIgnoreCase(heading, "Alignment Newsletter", 0, heading.Length) >= 0 || FromTitle(heading) is not null;

        /// <summary>The number of a file name whose whole stem is the number: <c>AN-099.md</c>, <c>an99.md</c>, <c>099.md</c>.</summary>
        public static int? FromFileName(string path)
        {
            string stem = Path.GetFileNameWithoutExtension(path ?? string.Empty);
            int i = 0;
            if (stem.StartsWith("AN", StringComparison.OrdinalIgnoreCase))
            {
                i = 2;
            }

            while (i < stem.Length && (stem[i] == '-' || stem[i] == '_' || stem[i] == ' ' || stem[i] == '#'))
            {
                i++;
            }

            int? number = ParseDigits(stem, i, out int end);
            return number is not null && end == stem.Length ? number : null;
        }

        private static int? ParseDigits(string s, int start, out int end)
        {
            int i = start;
            while (i < s.Length && i - start < MaxDigits && s[i] >= '0' && s[i] <= '9')
            {
                i++;
            }

            end = i;
            if (i == start || (i < s.Length && char.IsDigit(s[i])))
            {
                return null;
            }

            return int.Parse(s.Substring(start, i - start), NumberStyles.None, CultureInfo.InvariantCulture);
        }
    }
}
