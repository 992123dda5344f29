using System;
using System.Collections.Generic;
using NewsletterLinter.Parsing.Model;
using NewsletterLinter.Parsing.Text;

namespace NewsletterLinter.Parsing.Markdown
{
    /// <summary>
    /// Finds <c>&lt;!-- an-lint-disable AN2001 --&gt;</c>, <c>-enable</c>, <c>-disable-next-line</c> and
    /// <c>-disable-line</c> comments anywhere in the text.
    /// </summary>
    internal static class SuppressionScanner
    {
        private const string Prefix = "an-lint-";

        public static List<Suppression> Scan(string text, LineMap lines)
        {
            var found = new List<Suppression>();
            int index = 0;
            while ((index = IndexOfCommentOpening(text, index)) >= 0)
            {
                int close = text.IndexOf("-->", index + 4, StringComparison.Ordinal);
                if (close < 0)
                {
                    break;
                }

                string body = text.Substring(index + 4, close - index - 4).Trim();
                if (body.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
                {
                    string[] words = body.Substring(Prefix.Length).Split(new[] { ' ', '\t', '\r', '\n', ',' }, StringSplitOptions.RemoveEmptyEntries);
                    SuppressionKind? kind = words.Length == 0 ? null : words[0].ToLowerInvariant() switch
                    {
                        "disable" => SuppressionKind.Disable,
                        "enable" => SuppressionKind.Enable,
                        "disable-next-line" => SuppressionKind.DisableNextLine,
                        "disable-line" => SuppressionKind.DisableLine,
                        _ => null,
                    };

                    if (kind is { } k)
                    {
                        var ids = new List<string>();
                        for (int i = 1; i < words.Length; i++)
                        {
                            ids.Add(words[i].ToUpperInvariant());
                        }

                        SourceSpan span = lines.Span(index, close + 3);
                        int line = k == SuppressionKind.DisableNextLine ? span.EndLine : span.Line;
                        found.Add(new Suppression(k, ids.ToEquatableArray(), line, span));
                    }
                }

                index = close + 3;
            }

            return found;
        }

        /// <summary>The next <c>&lt;!--</c> from <paramref name="from"/>: found from its <c>&lt;</c>, which the newsletter's text almost never holds (one search for a character instead of one for four).</summary>
        private static int IndexOfCommentOpening(string text, int from)
        {
            for (int at = from < text.Length ? text.IndexOf('<', from) : -1; at >= 0; at = at + 1 < text.Length ? text.IndexOf('<', at + 1) : -1)
            {
                if (string.CompareOrdinal(text, at, "<!--", 0, 4) == 0)
                {
                    return at;
                }
            }

            return -1;
        }
    }
}
