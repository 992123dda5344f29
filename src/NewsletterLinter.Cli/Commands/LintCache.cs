using System.Collections.Generic;
using System.IO.Hashing;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using System;
using NewsletterLinter.Parsing.Configuration;
using NewsletterLinter.Parsing.Corpus;
using NewsletterLinter.Parsing.Model;
using NewsletterLinter.Parsing.Rules;

namespace NewsletterLinter.Cli.Commands
{
    /// <summary>
    /// The cache of <c>--cache</c>: per file, what the cross-file rules need of it and its findings,
    /// keyed by the file's content, the rule options and the tool's version. A cached file is not
    /// parsed to build the index; its findings are reused only when the cross-file facts they depend
    /// on (the corpus's numbers and heading conventions, and the issues it cites) are unchanged, so a
    /// change to one issue still re-checks the issues that cite it. A missing, corrupt or foreign cache
    /// file is ignored and rewritten; the cache never changes a finding.
    /// </summary>
    internal sealed class LintCache
    {
        public const string FileName = "newsletter-lint.cache";
        private const string Magic = "newsletter-lint cache";
        private const int FormatVersion = 1;

        private readonly string _path;
        private readonly string _key;
        private readonly Dictionary<string, Entry> _old;
        private readonly Dictionary<string, Entry> _next = new(StringComparer.Ordinal);

        private LintCache(string path, string key, Dictionary<string, Entry> old)
        {
            _path = path;
            _key = key;
            _old = old;
        }

        /// <summary>What the cache keeps of one file.</summary>
        internal sealed class Entry
        {
            public ulong Content { get; set; }

            public IndexedIssue? Indexed { get; set; }

            public IReadOnlyList<Citation> Citations { get; set; } = Array.Empty<Citation>();

            public IReadOnlyList<int> Referenced { get; set; } = Array.Empty<int>();

            /// <summary>Cited titles searched in this issue's text, and whether each was found.</summary>
            public Dictionary<string, bool> Searched { get; set; } = new(StringComparer.Ordinal);

            public ulong Context { get; set; }

            public IReadOnlyList<Finding>? Findings { get; set; }
        }

        public int Reused { get; private set; }

        /// <summary>Opens the cache in <paramref name="folder"/> for these options; an unreadable cache starts empty.</summary>
        public static LintCache Open(string folder, RuleOptions options, IReadOnlyDictionary<string, string> values, TextWriter stderr)
        {
            string version = typeof(LintCache).Assembly.GetName().Version?.ToString() ?? "0";
            string taxonomy = values.TryGetValue(RuleOptions.Keys.TaxonomyFile, out string? file) && File.Exists(file) ? File.ReadAllText(file) : string.Empty;
            string key = version + "\n" + string.Join("\n", values.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value)) + "\n" + Hash(taxonomy).ToString("x16");
            string path = Path.Combine(folder, FileName);
            var entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
            if (File.Exists(path))
            {
                try
                {
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
                }
                catch (Exception exception) when (exception is IOException or EndOfStreamException or FormatException or ArgumentException or UnauthorizedAccessException or OverflowException or KeyNotFoundException or DecoderFallbackException)
                {
                    stderr.WriteLine($"warning: the cache {path} cannot be read ({exception.Message}); it is rebuilt.");
                    entries.Clear();
                }
            }

            return new LintCache(path, key, entries);
        }

        /// <summary>The hash the cache keys a file's content by.</summary>
        public static ulong Hash(string text) => XxHash3.HashToUInt64(MemoryMarshal.AsBytes(text.AsSpan()));

        /// <summary>The cached entry of a file whose content is unchanged, or null.</summary>
        public Entry? Find(string fullPath, ulong content)
            => _old.TryGetValue(fullPath, out Entry? entry) && entry.Content == content ? entry : null;

        /// <summary>
        /// Whether every file the cache holds is named as it was when the cache was written. A file's
        /// name is part of its context (the findings of a duplicate number name the other files), so
        /// after a rename every cached findings list is stale, and a cached file is better parsed in
        /// the first pass than skipped there and parsed again at the end, which costs more than no
        /// cache at all. Files added or removed since are no reason: the contexts say what they touch.
        /// </summary>
        public bool NamesFilesAsBefore(IReadOnlyList<string> fullPaths, IReadOnlyList<string> displayPaths)
        {
            for (int i = 0; i < fullPaths.Count; i++)
            {
                if (_old.TryGetValue(fullPaths[i], out Entry? entry) && entry.Indexed is { } indexed && indexed.Path != displayPaths[i])
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Keeps <paramref name="entry"/> for the next run.</summary>
        public void Keep(string fullPath, Entry entry, bool reused)
        {
            lock (_next)
            {
                _next[fullPath] = entry;
                Reused += reused ? 1 : 0;
            }
        }

        /// <summary>Writes the cache (a temporary file, then a replace); a cache that cannot be written is reported and skipped.</summary>
        public void Save(TextWriter stderr)
        {
            string temporary = _path + "." + Guid.NewGuid().ToString("N").Substring(0, 8) + ".tmp";
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
                using (var writer = new BinaryWriter(File.Create(temporary), Encoding.UTF8))
                {
                    writer.Write(Magic);
                    writer.Write(FormatVersion);
                    writer.Write(_key);
                    writer.Write(_next.Count);
                    foreach ((string full, Entry entry) in _next.OrderBy(p => p.Key, StringComparer.Ordinal))
                    {
                        writer.Write(full);
                        WriteEntry(writer, entry);
                    }
                }

                File.Move(temporary, _path, overwrite: true);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"warning: the cache {_path} cannot be written ({exception.Message}).");
                try
                {
                    File.Delete(temporary);
                }
                catch (IOException)
                {
                    // Nothing was left behind.
                }
            }
        }

        private static void WriteEntry(BinaryWriter writer, Entry entry)
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

        private static Entry ReadEntry(BinaryReader reader)
        {
            var entry = new Entry { Content = reader.ReadUInt64(), Context = reader.ReadUInt64() };
            if (reader.ReadBoolean())
            {
                int number = reader.ReadInt32();
                string path = reader.ReadString();
                string[] titles = ReadStrings(reader);
                string[] urls = ReadStrings(reader);
                HeadingLayout? layout = null;
                if (reader.ReadBoolean())
                {
                    int h = reader.ReadInt32(), s = reader.ReadInt32(), b = reader.ReadInt32();
                    layout = new HeadingLayout(h < 0 ? null : h, s < 0 ? null : s, b < 0 ? null : b);
                }

                entry.Indexed = new IndexedIssue(number, path, titles.ToEquatableArray(), urls.ToEquatableArray(), null, layout, Array.Empty<string>());
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
