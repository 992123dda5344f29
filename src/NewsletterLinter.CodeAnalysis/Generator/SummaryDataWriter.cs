using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace NewsletterLinter.CodeAnalysis.Generator
{
    /// <summary>
    /// Writes an issue's summaries in the compact form that <c>AlignmentNewsletter.SummaryData</c>
    /// reads at run time (length-prefixed fields; see that class): one string literal per issue
    /// compiles an order of magnitude faster than a constructor call per summary. The literal is
    /// written, escaped, straight into the source being built: an issue's texts are copied once,
    /// not into a plain form first, then a literal, then a line.
    /// </summary>
    internal static class SummaryDataWriter
    {
        /// <summary>Appends the summaries' compact form as a C# string literal.</summary>
        public static void AppendLiteral(StringBuilder data, IReadOnlyList<SummaryModel> summaries)
        {
            data.Append('"');
            Number(data, summaries.Count);
            foreach (SummaryModel s in summaries)
            {
                Field(data, s.Title);
                Field(data, s.Url);
                List(data, s.Authors);
                List(data, s.Summarizers);
                Field(data, s.Section);
                Field(data, s.Subsection);
                Field(data, s.IsHighlight ? "1" : "0");
                Field(data, s.Content.Markdown);
                Field(data, s.Content.TextRecipe);
                Number(data, s.Line);
                Number(data, s.Opinions.Count);
                foreach (OpinionModel opinion in s.Opinions)
                {
                    Field(data, opinion.Author);
                    Field(data, opinion.Markdown);
                    Field(data, opinion.TextRecipe);
                    Links(data, opinion.Links);
                }

                Number(data, s.References.Count);
                foreach (int reference in s.References)
                {
                    Number(data, reference);
                }

                Links(data, s.ReadMore);
                Links(data, s.Links);
                List(data, s.HatTips);
                Field(data, s.Content.Prerequisites);
                Field(data, s.Content.Category);
                Number(data, s.Citations.Count);
                foreach (CitationModel citation in s.Citations)
                {
                    Field(data, citation.Text);
                    Field(data, citation.Url);
                    Number(data, citation.Number);
                    Number(data, citation.SummaryIndex);
                }

                Number(data, s.CitedBy.Count);
                foreach (CitingModel citing in s.CitedBy)
                {
                    Number(data, citing.Number);
                    Number(data, citing.SummaryIndex);
                }
            }

            data.Append('"');
        }

        /// <summary>Appends the sections in the form <c>SummaryData.ReadSections</c> reads, as a C# string literal.</summary>
        public static void AppendSectionsLiteral(StringBuilder data, IReadOnlyList<SectionModel> sections)
        {
            data.Append('"');
            Sections(data, sections);
            data.Append('"');
        }

        private static void Sections(StringBuilder data, IReadOnlyList<SectionModel> sections)
        {
            Number(data, sections.Count);
            foreach (SectionModel section in sections)
            {
                Field(data, section.Name);
                Number(data, section.Level);
                Number(data, section.Line);
                Sections(data, section.Subsections);
            }
        }

        private static void Field(StringBuilder data, string? value)
        {
            if (value is null)
            {
                data.Append('~');
                return;
            }

            // The length counts the text's own characters, as the literal's value holds them.
            data.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':');
            CSharpText.AppendEscaped(data, value);
        }

        private static void Number(StringBuilder data, int value) => Field(data, value.ToString(CultureInfo.InvariantCulture));

        private static void Links(StringBuilder data, IReadOnlyList<LinkModel> links)
        {
            Number(data, links.Count);
            foreach (LinkModel link in links)
            {
                Field(data, link.Text);
                Field(data, link.Url);
            }
        }

        private static void List(StringBuilder data, IReadOnlyList<string> values)
        {
            Number(data, values.Count);
            foreach (string value in values)
            {
                Field(data, value);
            }
        }
    }
}
