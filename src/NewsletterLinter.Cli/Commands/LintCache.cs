using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Hashing;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using NewsletterLinter.Parsing.Configuration;
using NewsletterLinter.Parsing.Corpus;
using NewsletterLinter.Parsing.Rules;

namespace NewsletterLinter.Cli.Commands
{
    /// <summary>
    /// The cache of <c>--cache</c> (its policy; the file's format is <see cref="LintCacheFile"/>): per file, what the cross-file rules need of it and its findings,
    /// keyed by the file's content, the rule options and the tool's version. A cached file is not
    /// parsed to build the index; its findings are reused only when the cross-file facts they depend
    /// on (the corpus's numbers and heading conventions, and the issues it cites) are unchanged, so a
    /// change to one issue still re-checks the issues that cite it. A missing, corrupt or foreign cache
    /// file is ignored and rewritten; the cache never changes a finding.
    /// </summary>
    internal sealed class LintCache
    {
        public const string FileName = "newsletter-lint.cache";

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
                    entries = LintCacheFile.Read(path, key);
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
                LintCacheFile.Write(temporary, _key, _next);
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
    }
}
