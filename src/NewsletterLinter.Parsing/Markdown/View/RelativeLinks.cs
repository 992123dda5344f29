using System;
using System.Text;

namespace NewsletterLinter.Parsing.Markdown
{
    /// <summary>
    /// The issues are LessWrong's copies of the newsletter, and their root-relative links
    /// (<c>[a post](/posts/ID/slug)</c>, <c>/s/ID</c>) are LessWrong paths. The Markdown and the links
    /// that leave the archive (export, generated types, site) give them as absolute URLs, so they
    /// work wherever the Markdown is shown; nothing else of the text changes.
    /// </summary>
    internal static class RelativeLinks
    {
        /// <summary>The site the relative paths of the issues belong to.</summary>
        public const string Site = "https://www.lesswrong.com";

        /// <summary><paramref name="url"/> made absolute when it is a root-relative path (<c>/posts/...</c>, not <c>//host</c>).</summary>
        public static string? Absolute(string? url)
            => url is { Length: > 1 } && url[0] == '/' && url[1] != '/' ? Site + url : url;

        /// <summary>
        /// <paramref name="markdown"/> with the destination of every inline link or image that is a
        /// root-relative path made absolute; code spans and fenced code are left as written.
        /// </summary>
        public static string Resolve(string markdown)
        {
            if (markdown.IndexOf("](/", StringComparison.Ordinal) < 0)
            {
                return markdown;
            }

            var resolved = new StringBuilder(markdown.Length + 64);
            bool fenced = false;
            int lineStart = 0;
            while (lineStart < markdown.Length)
            {
                int lineEnd = markdown.IndexOf('\n', lineStart);
                lineEnd = lineEnd < 0 ? markdown.Length : lineEnd + 1;
                string line = markdown.Substring(lineStart, lineEnd - lineStart);
                string trimmed = line.TrimStart(' ');
                if (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal))
                {
                    fenced = !fenced;
                    resolved.Append(line);
                }
                else if (fenced)
                {
                    resolved.Append(line);
                }
                else
                {
                    AppendLine(resolved, line);
                }

                lineStart = lineEnd;
            }

            return resolved.ToString();
        }

        /// <summary>Appends <paramref name="line"/>, resolving <c>](/</c> outside code spans.</summary>
        private static void AppendLine(StringBuilder resolved, string line)
        {
            int i = 0;
            while (i < line.Length)
            {
                if (line[i] == '`')
                {
                    // A code span: from a run of backticks to the next run of the same length, copied as is.
                    int run = i;
                    while (run < line.Length && line[run] == '`')
                    {
                        run++;
                    }

                    string ticks = line.Substring(i, run - i);
                    int close = line.IndexOf(ticks, run, StringComparison.Ordinal);
                    int end = close < 0 ? run : close + ticks.Length;
                    resolved.Append(line, i, end - i);
                    i = end;
                }
                else if (string.CompareOrdinal(line, i, "](/", 0, 3) == 0 && (i + 3 >= line.Length || line[i + 3] != '/'))
                {
                    resolved.Append("](").Append(Site);
                    i += 2;
                }
                else
                {
                    resolved.Append(line[i]);
                    i++;
                }
            }
        }
    }
}
