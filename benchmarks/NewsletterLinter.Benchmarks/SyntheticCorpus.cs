using System;
using System.Globalization;
using System.IO;
using System.Text;

namespace NewsletterLinter.Benchmarks
{
    /// <summary>
    /// Writes a deterministic synthetic archive of issue-sized files for the command-line
    /// comparisons: the real issues in turn, each under a number of its own (front matter
    /// <c>number: N</c>), with its references shifted into the synthetic range so that the
    /// cross-file rules have as much to resolve as in the real archive. The same count always
    /// gives the same bytes.
    /// </summary>
    internal static class SyntheticCorpus
    {
        public static void Write(string folder, int count)
        {
            (string Path, string Text)[] issues = Corpus.Load();
            Directory.CreateDirectory(folder);
            foreach (string old in Directory.GetFiles(folder, "*.md"))
            {
                File.Delete(old);
            }

            long bytes = 0;
            for (int i = 0; i < count; i++)
            {
                (string _, string text) = issues[i % issues.Length];
                int number = i + 1;
                int era = i / issues.Length;
                string body = era == 0 ? text : ShiftReferences(text, era * 200);
                string file = Path.Combine(folder, $"AN-{number.ToString("D5", CultureInfo.InvariantCulture)}.md");
                string content = $"---\nnumber: {number}\n---\n" + body;
                File.WriteAllText(file, content, new UTF8Encoding(false));
                bytes += content.Length;
            }

            Console.WriteLine($"Wrote {count} issues ({bytes / 1_000_000.0:F1} MB) to {folder}.");
        }

        /// <summary>Adds <paramref name="offset"/> to every <c>AN #N</c>, so copies cite copies.</summary>
        private static string ShiftReferences(string text, int offset)
        {
            var builder = new StringBuilder(text.Length + 64);
            int i = 0;
            while (i < text.Length)
            {
                int at = text.IndexOf("AN #", i, StringComparison.Ordinal);
                if (at < 0)
                {
                    builder.Append(text, i, text.Length - i);
                    break;
                }

                int digits = at + 4;
                int end = digits;
                while (end < text.Length && end - digits < 5 && char.IsAsciiDigit(text[end]))
                {
                    end++;
                }

                builder.Append(text, i, digits - i);
                if (end > digits)
                {
                    builder.Append((int.Parse(text.AsSpan(digits, end - digits), CultureInfo.InvariantCulture) + offset).ToString(CultureInfo.InvariantCulture));
                }

                i = end;
            }

            return builder.ToString();
        }
    }
}
