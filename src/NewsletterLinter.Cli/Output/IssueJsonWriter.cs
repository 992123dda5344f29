using System.Collections.Generic;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
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

        public static void Write(Stream stream, IEnumerable<(IssueDocument Issue, string Text)> issues, SectionTaxonomy taxonomy)
        {
            var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
            using var writer = new Utf8JsonWriter(stream, options);
            writer.WriteStartObject();
            writer.WriteNumber("schemaVersion", SchemaVersion);
            writer.WriteStartArray("issues");
            foreach ((IssueDocument issue, string text) in issues)
            {
                WriteIssue(writer, issue, MarkdownSource.View(text), taxonomy);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        private static void WriteIssue(Utf8JsonWriter writer, IssueDocument issue, string view, SectionTaxonomy taxonomy)
        {
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
            foreach (Summary summary in issue.Summaries)
            {
                WriteSummary(writer, summary, view, taxonomy);
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

        private static void WriteSummary(Utf8JsonWriter writer, Summary summary, string view, SectionTaxonomy taxonomy)
        {
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
            WriteStrings(writer, "hatTips", MarkdownSource.HatTips(view, summary));
            writer.WriteString("prerequisites", MarkdownSource.Prerequisites(markdown));
            writer.WriteString("category", Category(summary, taxonomy));
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

        /// <summary>The category the newsletter's record files a summary under: its subsection, or its section, in the taxonomy's sentence case.</summary>
        internal static string? Category(Summary summary, SectionTaxonomy taxonomy)
        {
            string? name = summary.Subsection ?? summary.Section;
            return name is null ? null : taxonomy.Find(name)?.SentenceCase ?? name;
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

        private static string Camel(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name.Substring(1);
    }
}
