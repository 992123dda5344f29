using System;
using System.Globalization;
using System.Text;

namespace NewsletterLinter.CodeAnalysis.Generator
{
    /// <summary>
    /// A summary's plain text is its Markdown without the markup: instead of a second copy of it,
    /// the generated data holds how to make it from the Markdown, read at run time by
    /// <c>SummaryData</c>: <c>c</c>N copies N characters of the Markdown, <c>s</c>N skips N, and
    /// <c>i</c>N<c>:</c> inserts the N characters that follow (<c>c120s15c33i1: c8</c>). Half the
    /// characters the compiler reads and the assembly holds go away; a text the Markdown does not
    /// explain is simply inserted whole.
    /// </summary>
    internal static class TextRecipe
    {
        // How far ahead a skip is looked for (a link's destination, an image), and how many
        // characters must agree after it, so that a skip lands where the text really resumes.
        private const int Window = 600;
        private const int Agreement = 8;

        // Searches that find nothing cost Window each; past this many the text is inserted whole.
        private const int MaxFailedSearches = 4000;

        /// <summary>The recipe that makes <paramref name="text"/> from <paramref name="markdown"/>.</summary>
        public static string Of(string text, string markdown)
        {
            string recipe = Greedy(text, markdown) ?? Insert(text);
            return Apply(recipe, markdown) == text ? recipe : Insert(text);
        }

        /// <summary>What <paramref name="recipe"/> makes of <paramref name="markdown"/>; the run-time reader does the same.</summary>
        public static string Apply(string recipe, string markdown)
        {
            var text = new StringBuilder();
            int at = 0, from = 0;
            while (at < recipe.Length)
            {
                char op = recipe[at++];
                int digits = at;
                while (at < recipe.Length && recipe[at] >= '0' && recipe[at] <= '9')
                {
                    at++;
                }

                int count = int.Parse(recipe.Substring(digits, at - digits), NumberStyles.None, CultureInfo.InvariantCulture);
                switch (op)
                {
                    case 'c':
                        text.Append(markdown, from, count);
                        from += count;
                        break;
                    case 's':
                        from += count;
                        break;
                    default:
                        text.Append(recipe, at + 1, count);
                        at += 1 + count;
                        break;
                }
            }

            return text.ToString();
        }

        private static string? Greedy(string text, string markdown)
        {
            var recipe = new StringBuilder();
            var inserted = new StringBuilder();
            int i = 0, j = 0, failed = 0;
            while (i < text.Length)
            {
                if (j < markdown.Length && text[i] == markdown[j])
                {
                    Flush(recipe, inserted);
                    int start = i;
                    while (i < text.Length && j < markdown.Length && text[i] == markdown[j])
                    {
                        i++;
                        j++;
                    }

                    recipe.Append('c').Append((i - start).ToString(CultureInfo.InvariantCulture));
                    continue;
                }

                int resume = Resume(text, i, markdown, j);
                if (resume > j)
                {
                    Flush(recipe, inserted);
                    recipe.Append('s').Append((resume - j).ToString(CultureInfo.InvariantCulture));
                    j = resume;
                    continue;
                }

                if (++failed > MaxFailedSearches)
                {
                    return null;
                }

                inserted.Append(text[i++]);
            }

            Flush(recipe, inserted);
            return recipe.ToString();
        }

        /// <summary>The first place after <paramref name="j"/> where the Markdown goes on as the text does from <paramref name="i"/>, or -1.</summary>
        private static int Resume(string text, int i, string markdown, int j)
        {
            int agree = Math.Min(Agreement, text.Length - i);
            int last = Math.Min(markdown.Length - agree, j + Window);
            char first = text[i];
            for (int k = j + 1; k <= last; k++)
            {
                // The first character found by a vectorized search, then the rest compared.
                k = markdown.IndexOf(first, k, last - k + 1);
                if (k < 0)
                {
                    return -1;
                }

                if (string.CompareOrdinal(markdown, k, text, i, agree) == 0)
                {
                    return k;
                }
            }

            return -1;
        }

        private static void Flush(StringBuilder recipe, StringBuilder inserted)
        {
            if (inserted.Length > 0)
            {
                recipe.Append('i').Append(inserted.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(inserted);
                inserted.Clear();
            }
        }

        private static string Insert(string text)
            => text.Length == 0 ? string.Empty : "i" + text.Length.ToString(CultureInfo.InvariantCulture) + ":" + text;
    }
}
