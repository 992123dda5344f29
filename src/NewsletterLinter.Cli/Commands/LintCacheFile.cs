using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using NewsletterLinter.Parsing.Corpus;
using NewsletterLinter.Parsing.Model;
using NewsletterLinter.Parsing.Rules;

namespace NewsletterLinter.Cli.Commands
{
    /// <summary>
    /// The cache file's format: a magic string, the format's version, the key of the options it was
    /// written for, then each file's full path and entry (its content hash, what the index keeps of
    /// it, its citations, references, searched titles, findings context and findings). A file of
    /// another format or key reads as empty; one cut short throws, and the cache is rebuilt.
    /// </summary>
    internal static class LintCacheFile
    {
        private const string Magic = "newsletter-lint cache";
        private const int FormatVersion = 2;

        /// <summary>The entries of the cache file at <paramref name="path"/>, when it was written for <paramref name="key"/>; none otherwise.</summary>
        public static Dictionary<string, LintCache.Entry> Read(string path, string key)
        {
            var entries = new Dictionary<string, LintCache.Entry>(StringComparer.Ordinal);
            using var reader = new BinaryReader(File.OpenRead(path), Encoding.UTF8);
            if (reader.ReadString() == Magic && reader.ReadInt32() == FormatVersion && reader.ReadString() == key)
            {
                int count = reader.ReadInt32();
                for (int i = 0; i < count; i++)
                {
                    string full = reader.ReadString();
                    entries[full] = ReadEntry(reader);
                }
            }

            return entries;
        }

        /// <summary>Writes <paramref name="entries"/> for <paramref name="key"/> to <paramref name="path"/>, in the order of their paths.</summary>
        public static void Write(string path, string key, IReadOnlyDictionary<string, LintCache.Entry> entries)
        {
            using var writer = new BinaryWriter(File.Create(path), Encoding.UTF8);
            writer.Write(Magic);
            writer.Write(FormatVersion);
            writer.Write(key);
            writer.Write(entries.Count);
            foreach ((string full, LintCache.Entry entry) in entries.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                writer.Write(full);
                WriteEntry(writer, entry);
            }
        }

        private static void WriteEntry(BinaryWriter writer, LintCache.Entry entry)
        {
            writer.Write(entry.Content);
            writer.Write(entry.Context);
            writer.Write(entry.Indexed is not null);
            if (entry.Indexed is { } indexed)
            {
                writer.Write(indexed.Number);
                writer.Write(indexed.Path);
                WriteStrings(writer, indexed.TitleKeys);
                WriteStrings(writer, indexed.Urls);
                writer.Write(indexed.Works.Count);
                foreach (SummaryWork work in indexed.Works)
                {
                    writer.Write(work.Summary);
                    writer.Write(work.TitleKey);
                    writer.Write(work.Work ?? string.Empty);
                }

                writer.Write(indexed.Layout is not null);
                if (indexed.Layout is { } layout)
                {
                    writer.Write(layout.Highlights ?? -1);
                    writer.Write(layout.Sections ?? -1);
                    writer.Write(layout.Subsections ?? -1);
                }
            }

            writer.Write(entry.Citations.Count);
            foreach (Citation citation in entry.Citations)
            {
                writer.Write(citation.Number);
                writer.Write(citation.Title);
                writer.Write(citation.Url ?? string.Empty);
            }

            writer.Write(entry.Referenced.Count);
            foreach (int number in entry.Referenced)
            {
                writer.Write(number);
            }

            writer.Write(entry.Searched.Count);
            foreach ((string title, bool found) in entry.Searched)
            {
                writer.Write(title);
                writer.Write(found);
            }

            writer.Write(entry.Findings?.Count ?? -1);
            foreach (Finding finding in entry.Findings ?? Array.Empty<Finding>())
            {
                writer.Write(finding.RuleId);
                WriteSpan(writer, finding.Span);
                writer.Write(finding.Message);
                writer.Write(finding.Fix is not null);
                if (finding.Fix is { } fix)
                {
                    writer.Write(fix.Title);
                    writer.Write(fix.Edit.Offset);
                    writer.Write(fix.Edit.Length);
                    writer.Write(fix.Edit.NewText);
                }
            }
        }

        private static LintCache.Entry ReadEntry(BinaryReader reader)
        {
            var entry = new LintCache.Entry { Content = reader.ReadUInt64(), Context = reader.ReadUInt64() };
            if (reader.ReadBoolean())
            {
                int number = reader.ReadInt32();
                string path = reader.ReadString();
                string[] titles = ReadStrings(reader);
                string[] urls = ReadStrings(reader);
                var works = new SummaryWork[reader.ReadInt32()];
                for (int i = 0; i < works.Length; i++)
                {
                    int summary = reader.ReadInt32();
                    string title = reader.ReadString();
                    string work = reader.ReadString();
                    works[i] = new SummaryWork(summary, title, work.Length == 0 ? null : work);
                }

                HeadingLayout? layout = null;
                if (reader.ReadBoolean())
                {
                    int h = reader.ReadInt32(), s = reader.ReadInt32(), b = reader.ReadInt32();
                    layout = new HeadingLayout(h < 0 ? null : h, s < 0 ? null : s, b < 0 ? null : b);
                }

                entry.Indexed = new IndexedIssue(number, path, titles.ToEquatableArray(), urls.ToEquatableArray(), null, layout, Array.Empty<string>())
                {
                    Works = new EquatableArray<SummaryWork>(works),
                };
            }

            var citations = new Citation[reader.ReadInt32()];
            for (int i = 0; i < citations.Length; i++)
            {
                int number = reader.ReadInt32();
                string title = reader.ReadString();
                string url = reader.ReadString();
                citations[i] = new Citation(number, title, url.Length == 0 ? null : url);
            }

            entry.Citations = citations;
            var referenced = new int[reader.ReadInt32()];
            for (int i = 0; i < referenced.Length; i++)
            {
                referenced[i] = reader.ReadInt32();
            }

            entry.Referenced = referenced;
            int searched = reader.ReadInt32();
            for (int i = 0; i < searched; i++)
            {
                string title = reader.ReadString();
                entry.Searched[title] = reader.ReadBoolean();
            }

            int findings = reader.ReadInt32();
            if (findings >= 0)
            {
                var list = new Finding[findings];
                for (int i = 0; i < findings; i++)
                {
                    string rule = reader.ReadString();
                    SourceSpan span = ReadSpan(reader);
                    string message = reader.ReadString();
                    FindingFix? fix = null;
                    if (reader.ReadBoolean())
                    {
                        string title = reader.ReadString();
                        int offset = reader.ReadInt32(), length = reader.ReadInt32();
                        fix = new FindingFix(title, new TextEdit(offset, length, reader.ReadString()));
                    }

                    _ = RuleCatalog.Get(rule);
                    list[i] = new Finding(rule, string.Empty, span, message, fix);
                }

                entry.Findings = list;
            }

            return entry;
        }

        private static void WriteSpan(BinaryWriter writer, SourceSpan span)
        {
            writer.Write(span.Offset);
            writer.Write(span.Length);
            writer.Write(span.Line);
            writer.Write(span.Column);
            writer.Write(span.EndLine);
            writer.Write(span.EndColumn);
        }

        private static SourceSpan ReadSpan(BinaryReader reader)
            => new(reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32());

        private static void WriteStrings(BinaryWriter writer, IReadOnlyList<string> values)
        {
            writer.Write(values.Count);
            foreach (string value in values)
            {
                writer.Write(value);
            }
        }

        private static string[] ReadStrings(BinaryReader reader)
        {
            var values = new string[reader.ReadInt32()];
            for (int i = 0; i < values.Length; i++)
            {
                values[i] = reader.ReadString();
            }

            return values;
        }
    }
}
