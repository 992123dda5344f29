using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace NewsletterLinter.Cli.Output
{
    /// <summary>The findings as JSON (schema version 1), for other tools.</summary>
    internal sealed class JsonFindingWriter : IFindingWriter
    {
        public void Write(IReadOnlyList<ReportedFinding> findings, int issueCount, TextWriter output)
        {
            using var stream = new MemoryStream();
            using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                writer.WriteStartObject();
                writer.WriteNumber("schemaVersion", 1);
                writer.WriteNumber("issues", issueCount);
                writer.WriteStartArray("findings");
                foreach (ReportedFinding reported in findings)
                {
                    var f = reported.Finding;
                    writer.WriteStartObject();
                    writer.WriteString("ruleId", f.RuleId);
                    writer.WriteString("severity", reported.SeverityWord);
                    writer.WriteString("path", f.Path);
                    writer.WriteNumber("line", f.Span.Line);
                    writer.WriteNumber("column", f.Span.Column);
                    writer.WriteNumber("endLine", f.Span.EndLine);
                    writer.WriteNumber("endColumn", f.Span.EndColumn);
                    writer.WriteString("message", f.Message);
                    writer.WriteString("helpUri", f.Rule.HelpUri);
                    if (f.Fix is { } fix)
                    {
                        writer.WriteStartObject("fix");
                        writer.WriteString("title", fix.Title);
                        writer.WriteNumber("offset", fix.Edit.Offset);
                        writer.WriteNumber("length", fix.Edit.Length);
                        writer.WriteString("newText", fix.Edit.NewText);
                        writer.WriteEndObject();
                    }

                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteStartObject("counts");
                foreach (var group in findings.GroupBy(f => f.Finding.RuleId).OrderBy(g => g.Key, System.StringComparer.Ordinal))
                {
                    writer.WriteNumber(group.Key, group.Count());
                }

                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            output.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
        }
    }
}
