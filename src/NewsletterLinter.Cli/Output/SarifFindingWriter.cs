using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NewsletterLinter.Parsing.Rules;

namespace NewsletterLinter.Cli.Output
{
    /// <summary>SARIF 2.1.0, with rule metadata and help links, for code scanning and other viewers.</summary>
    internal sealed class SarifFindingWriter : IFindingWriter
    {
        public const string Schema = "https://json.schemastore.org/sarif-2.1.0.json";

        public void Write(IReadOnlyList<ReportedFinding> findings, int issueCount, TextWriter output)
        {
            List<RuleInfo> rules = RuleCatalog.All.ToList();
            using var stream = new MemoryStream();
            using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                writer.WriteStartObject();
                writer.WriteString("$schema", Schema);
                writer.WriteString("version", "2.1.0");
                writer.WriteStartArray("runs");
                writer.WriteStartObject();
                writer.WriteStartObject("tool");
                writer.WriteStartObject("driver");
                writer.WriteString("name", "newsletter-lint");
                writer.WriteString("semanticVersion", typeof(SarifFindingWriter).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");
                writer.WriteString("informationUri", RuleCatalog.HelpBaseUri);
                writer.WriteStartArray("rules");
                foreach (RuleInfo rule in rules)
                {
                    writer.WriteStartObject();
                    writer.WriteString("id", rule.Id);
                    writer.WriteString("name", Pascal(rule.Title));
                    writer.WriteStartObject("shortDescription");
                    writer.WriteString("text", rule.Title);
                    writer.WriteEndObject();
                    writer.WriteStartObject("fullDescription");
                    writer.WriteString("text", rule.Description);
                    writer.WriteEndObject();
                    writer.WriteString("helpUri", rule.HelpUri);
                    writer.WriteStartObject("defaultConfiguration");
                    writer.WriteString("level", Level(rule.DefaultSeverity));
                    writer.WriteEndObject();
                    writer.WriteStartObject("properties");
                    writer.WriteString("category", rule.Category);
                    writer.WriteEndObject();
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
                writer.WriteEndObject();
                writer.WriteStartArray("results");
                foreach (ReportedFinding reported in findings)
                {
                    Finding f = reported.Finding;
                    writer.WriteStartObject();
                    writer.WriteString("ruleId", f.RuleId);
                    writer.WriteNumber("ruleIndex", rules.FindIndex(r => r.Id == f.RuleId));
                    writer.WriteString("level", Level(reported.Severity));
                    writer.WriteStartObject("message");
                    writer.WriteString("text", f.Message);
                    writer.WriteEndObject();
                    writer.WriteStartArray("locations");
                    writer.WriteStartObject();
                    writer.WriteStartObject("physicalLocation");
                    writer.WriteStartObject("artifactLocation");
                    writer.WriteString("uri", Uri(f.Path));
                    writer.WriteEndObject();
                    writer.WriteStartObject("region");
                    writer.WriteNumber("startLine", f.Span.Line);
                    writer.WriteNumber("startColumn", f.Span.Column);
                    writer.WriteNumber("endLine", f.Span.EndLine);
                    writer.WriteNumber("endColumn", f.Span.EndColumn);
                    writer.WriteEndObject();
                    writer.WriteEndObject();
                    writer.WriteEndObject();
                    writer.WriteEndArray();
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            output.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
        }

        private static string Level(RuleSeverity severity) => severity switch
        {
            RuleSeverity.Error => "error",
            RuleSeverity.Warning => "warning",
            _ => "note",
        };

        /// <summary>A relative path as a URI reference with forward slashes and escaped characters.</summary>
        private static string Uri(string path)
        {
            string normalized = path.Replace('\\', '/');
            return string.Join("/", normalized.Split('/').Select(System.Uri.EscapeDataString));
        }

        private static string Pascal(string title)
        {
            var builder = new StringBuilder();
            foreach (string word in title.Split(new[] { ' ', '-', '\'' }, StringSplitOptions.RemoveEmptyEntries))
            {
                builder.Append(char.ToUpperInvariant(word[0])).Append(word, 1, word.Length - 1);
            }

            return builder.ToString();
        }
    }
}
