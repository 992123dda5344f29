using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NewsletterLinter.Parsing.Fixing;
using NewsletterLinter.Parsing.Model;
using NewsletterLinter.Parsing.Taxonomy;

namespace NewsletterLinter.Parsing.Rules
{
    /// <summary>What the section header rules (AN3001-AN3007) read of an issue's headers, and how their messages name things.</summary>
    internal static class HeaderFacts
    {
        /// <summary>
        /// Mostly unknown headers: the document is not structured as an issue (a retrospective, an
        /// essay); the newsletter's section rules do not apply to it.
        /// </summary>
        internal static bool IsStructuredAsIssue(IssueDocument issue)
        {
            IReadOnlyList<Section> headers = issue.Headers;
            int known = 0;
            foreach (Section header in headers)
            {
                if (header.IsKnown)
                {
                    known++;
                }
            }

            return headers.Count > 0 && known >= headers.Count - known;
        }

        /// <summary>The name as written in the file, emphasis removed but white space kept.</summary>
        internal static string WrittenName(Section header)
        {
            (int start, int length) = header.NameInRawText;
            if (start >= 0)
            {
                string written = header.RawText.Substring(start, length);
                if (!HeaderText.HasInlineMarkup(written))
                {
                    return written;
                }
            }

            return header.Name;
        }

        internal static bool HasStrayWhitespace(Section header, string writtenName)
        {
            if (writtenName.IndexOf("  ", StringComparison.Ordinal) >= 0 || writtenName.IndexOf('\u00A0') >= 0)
            {
                return true;
            }

            string line = header.RawText;
            int newline = line.IndexOf('\n');
            line = (newline < 0 ? line : line.Substring(0, newline)).TrimEnd('\r');
            return header.Style switch
            {
                HeaderStyle.Atx => line.TrimStart('#').StartsWith("  ", StringComparison.Ordinal) || line.Length != line.TrimEnd().Length,
                _ => line.Length != line.Trim().Length,
            };
        }

        internal static int? MajorityLevel(List<Section> headers)
            => headers.Count == 0 ? null : Majority.Of(headers, h => h.Level);

        internal static bool IsMarkdownHeading(Section header) => header.Style is HeaderStyle.Setext or HeaderStyle.Atx;

        /// <summary>The headers of a tier (any tier when null), in order; only setext and ATX headings when <paramref name="markdownOnly"/>.</summary>
        internal static List<Section> OfTier(IReadOnlyList<Section> headers, SectionTier? tier, bool markdownOnly)
        {
            var result = new List<Section>();
            foreach (Section header in headers)
            {
                if ((tier is null || header.Tier == tier) && (!markdownOnly || IsMarkdownHeading(header)))
                {
                    result.Add(header);
                }
            }

            return result;
        }

        internal static int DefaultLevel(SectionTier tier) => tier == SectionTier.Subsection ? 2 : 1;

        internal static string Parents(TaxonomyEntry entry)
            => entry.Parents.Count == 0 ? "a section" : string.Join(" or ", entry.Parents.Select(p => "'" + p + "'"));

        internal static string TierName(SectionTier tier) => tier switch
        {
            SectionTier.Section => "section",
            SectionTier.Subsection => "subsection",
            _ => "footer",
        };

        internal static string StyleName(HeaderStyle style) => style switch
        {
            HeaderStyle.Setext => "setext (underlined)",
            HeaderStyle.Atx => "ATX ('#')",
            HeaderStyle.BoldParagraph => "a bold paragraph",
            _ => "a plain line",
        };

        internal static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpper(text[0], CultureInfo.InvariantCulture) + text.Substring(1);
    }
}
