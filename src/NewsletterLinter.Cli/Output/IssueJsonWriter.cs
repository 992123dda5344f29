using System.Collections.Generic;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using NewsletterLinter.Parsing.Corpus;
using NewsletterLinter.Parsing.Markdown;
using NewsletterLinter.Parsing.Model;
using NewsletterLinter.Parsing.Taxonomy;

namespace NewsletterLinter.Cli.Output
{
    /// <summary>
    /// Writes parsed issues as the export JSON, schema version 1. Field names are a public contract:
    /// fields may be added, none renamed.
    /// </summary>
    internal static class IssueJsonWriter
    {
        public const int SchemaVersion = 1;

        public static void Write(Stream stream, IReadOnlyList<(IssueDocument Issue, string Text)> issues, SectionTaxonomy taxonomy)
        {
            var documents = new IssueDocument[issues.Count];
            for (int i = 0; i < documents.Length; i++)
            {
                documents[i] = issues[i].Issue;
            }

            var archive = new Archive(documents, ArchiveCitations.Resolve(documents), taxonomy);
            var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
            using var writer = new Utf8JsonWriter(stream, options);
            writer.WriteStartObject();
            writer.WriteNumber("schemaVersion", SchemaVersion);
            writer.WriteStartArray("issues");
            for (int i = 0; i < issues.Count; i++)
            {
                WriteIssue(writer, archive, i, MarkdownSource.View(issues[i].Text));
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        private static void WriteIssue(Utf8JsonWriter writer, Archive archive, int index, string view)
        {
            IssueDocument issue = archive.Issues[index];
            writer.WriteStartObject();
            WriteNullableNumber(writer, "number", issue.Number);
            writer.WriteString("title", issue.Title);
            writer.WriteString("file", issue.FileName);
            writer.WriteString("path", issue.Path.Replace('\\', '/'));
            writer.WriteString("numberSource", Camel(issue.NumberSource.ToString()));
            writer.WriteString("preamble", issue.Preamble);
            writer.WriteStartArray("sections");
            foreach (Section section in issue.Sections)
            {
                WriteSection(writer, section);
            }

            writer.WriteEndArray();
            writer.WriteStartArray("summaries");
            for (int s = 0; s < issue.Summaries.Count; s++)
            {
                WriteSummary(writer, archive, new SummaryPlace(index, s), view);
            }

            writer.WriteEndArray();
            writer.WriteStartArray("problems");
            foreach (ParseProblem problem in issue.Problems)
            {
                writer.WriteStartObject();
                writer.WriteString("kind", Camel(problem.Kind.ToString()));
                writer.WriteString("message", problem.Message);
                writer.WriteNumber("line", problem.Span.Line);
                writer.WriteNumber("column", problem.Span.Column);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        private static void WriteSection(Utf8JsonWriter writer, Section section)
        {
            writer.WriteStartObject();
            writer.WriteString("name", section.Name);
            writer.WriteNumber("level", section.Level);
            writer.WriteNumber("line", section.Line);
            writer.WriteString("style", Camel(section.Style.ToString()));
            writer.WriteString("canonicalName", section.CanonicalName);
            writer.WriteStartArray("subsections");
            foreach (Section subsection in section.Subsections)
            {
                WriteSection(writer, subsection);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        private static void WriteSummary(Utf8JsonWriter writer, Archive archive, SummaryPlace place, string view)
        {
            Summary summary = archive.Summary(place);
            writer.WriteStartObject();
            writer.WriteString("title", summary.Title);
            writer.WriteString("url", summary.Url);
            WriteStrings(writer, "authors", summary.Authors);
            WriteStrings(writer, "summarizers", summary.Summarizers);
            writer.WriteBoolean("summarizersExplicit", summary.HasExplicitSummarizers);
            writer.WriteString("section", summary.Section);
            writer.WriteString("subsection", summary.Subsection);
            writer.WriteBoolean("highlight", summary.IsHighlight);
            writer.WriteString("text", summary.Text);
            string markdown = MarkdownSource.Body(view, summary);
            writer.WriteString("markdown", markdown);
            WriteLinks(writer, summary.Links);
            WriteStrings(writer, "hatTips", summary.HatTips);
            writer.WriteString("prerequisites", MarkdownSource.Prerequisites(markdown));
            writer.WriteString("category", RecordCategory.Of(summary, archive.Taxonomy));
            WriteCitations(writer, archive, place);
            writer.WriteStartArray("opinions");
            foreach (Opinion opinion in summary.Opinions)
            {
                writer.WriteStartObject();
                writer.WriteString("author", opinion.Author);
                writer.WriteString("text", opinion.Text);
                writer.WriteString("markdown", MarkdownSource.Text(view, opinion));
                WriteLinks(writer, opinion.Links);
                writer.WriteNumber("line", opinion.Span.Line);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("references");
            foreach (Reference reference in summary.References)
            {
                writer.WriteNumberValue(reference.Number);
            }

            writer.WriteEndArray();
            writer.WriteStartArray("readMore");
            foreach (ReadMoreLink link in summary.ReadMore)
            {
                writer.WriteStartObject();
                writer.WriteString("text", link.Text);
                writer.WriteString("url", link.Url);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteNumber("line", summary.Line);
            writer.WriteEndObject();
        }

        private static void WriteCitations(Utf8JsonWriter writer, Archive archive, SummaryPlace place)
        {
            writer.WriteStartArray("citations");
            foreach (ResolvedCitation citation in archive.Citations.Of(place))
            {
                writer.WriteStartObject();
                writer.WriteString("text", citation.Reference.CitedTitle);
                writer.WriteString("url", citation.Reference.CitedUrl);
                writer.WriteNumber("issue", citation.Reference.Number);
                writer.WritePropertyName("cited");
                if (citation.Cited is { } cited)
                {
                    WriteSummaryName(writer, archive, cited);
                }
                else
                {
                    writer.WriteNullValue();
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("citedBy");
            foreach (SummaryPlace citing in archive.Citations.CitedBy(place))
            {
                WriteSummaryName(writer, archive, citing);
            }

            writer.WriteEndArray();
        }

        private static void WriteSummaryName(Utf8JsonWriter writer, Archive archive, SummaryPlace place)
        {
            writer.WriteStartObject();
            WriteNullableNumber(writer, "issue", archive.Issues[place.Issue].Number);
            writer.WriteString("title", archive.Summary(place).Title);
            writer.WriteEndObject();
        }

        private static void WriteLinks(Utf8JsonWriter writer, IEnumerable<BodyLink> links)
        {
            writer.WriteStartArray("links");
            foreach (BodyLink link in links)
            {
                writer.WriteStartObject();
                writer.WriteString("text", link.Text);
                writer.WriteString("url", link.Url);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        private static void WriteStrings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
        {
            writer.WriteStartArray(name);
            foreach (string value in values)
            {
                writer.WriteStringValue(value);
            }

            writer.WriteEndArray();
        }

        private static void WriteNullableNumber(Utf8JsonWriter writer, string name, int? value)
        {
            if (value is { } number)
            {
                writer.WriteNumber(name, number);
            }
            else
            {
                writer.WriteNull(name);
            }
        }

        /// <summary>The issues written, with what is resolved across them.</summary>
        private sealed record Archive(IReadOnlyList<IssueDocument> Issues, ArchiveCitations Citations, SectionTaxonomy Taxonomy)
        {
            public Summary Summary(SummaryPlace place) => Issues[place.Issue].Summaries[place.Summary];
        }

        private static string Camel(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name.Substring(1);
    }
}
