using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using NewsletterLinter.Parsing.Rules;
using NewsletterLinter.Parsing.Text;

namespace NewsletterLinter.Parsing.Corpus
{
    /// <summary>One finding accepted when the linter was adopted.</summary>
    /// <param name="RuleId">The rule.</param>
    /// <param name="File">The path relative to the baseline file, with <c>/</c>.</param>
    /// <param name="Fingerprint">The rule and the text the finding points at, hashed: it survives edits elsewhere in the file.</param>
    /// <param name="Line">The line when the baseline was written; informational only.</param>
    /// <param name="Excerpt">The start of the finding's line, for the reader.</param>
    internal sealed record BaselineEntry(string RuleId, string File, string Fingerprint, int Line, string Excerpt);

    /// <summary>
    /// The findings an archive had when the linter was adopted (<c>newsletter-lint baseline</c>), so
    /// that CI fails only on new ones. A finding matches an entry with the same rule, the same file
    /// and the same text under it, wherever that text has moved; each entry matches once.
    /// </summary>
    internal sealed class Baseline
    {
        /// <summary>The file name <c>lint</c>, <c>fix</c> and the build look for.</summary>
        public const string FileName = "newsletter-lint.baseline";

        private const string Header = "# newsletter-lint baseline: findings accepted when the linter was adopted.\n# Written by 'newsletter-lint baseline'; lint and the build report only findings not listed here.\n# rule\tfile\tfingerprint\tline\texcerpt\n";

        private Baseline(IReadOnlyList<BaselineEntry> entries) => Entries = entries;

        /// <summary>No accepted finding.</summary>
        public static Baseline Empty { get; } = new(Array.Empty<BaselineEntry>());

        /// <summary>The entries, in file and line order.</summary>
        public IReadOnlyList<BaselineEntry> Entries { get; }

        /// <summary>The baseline of <paramref name="findings"/>, with paths relative to <paramref name="baseDirectory"/>.</summary>
        public static Baseline Create(IEnumerable<(Finding Finding, string Text)> findings, string baseDirectory)
            => FromEntries(findings.Select(f => Entry(f.Finding, f.Text, baseDirectory)));

        /// <summary>The baseline of entries made with <see cref="Entry"/>.</summary>
        public static Baseline FromEntries(IEnumerable<BaselineEntry> entries)
            => new(entries
                .OrderBy(e => e.File, StringComparer.Ordinal)
                .ThenBy(e => e.Line)
                .ThenBy(e => e.RuleId, StringComparer.Ordinal)
                .ToArray());

        /// <summary>Reads a baseline file; lines it cannot read are ignored and counted in <paramref name="errors"/>.</summary>
        public static Baseline Parse(string text, out int errors)
        {
            errors = 0;
            var entries = new List<BaselineEntry>();
            foreach (string raw in text.Split('\n'))
            {
                string line = raw.TrimEnd('\r');
                if (line.Length == 0 || line[0] == '#')
                {
                    continue;
                }

                string[] parts = line.Split('\t');
                if (parts.Length < 4 || !int.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out int number))
                {
                    errors++;
                    continue;
                }

                entries.Add(new BaselineEntry(parts[0], parts[1], parts[2], number, parts.Length > 4 ? parts[4] : string.Empty));
            }

            return new Baseline(entries);
        }

        /// <summary>The file's text.</summary>
        public string Write()
        {
            var builder = new StringBuilder(Header);
            foreach (BaselineEntry entry in Entries)
            {
                builder.Append(entry.RuleId).Append('\t').Append(entry.File).Append('\t').Append(entry.Fingerprint).Append('\t')
                    .Append(entry.Line.ToString(CultureInfo.InvariantCulture)).Append('\t').Append(entry.Excerpt).Append('\n');
            }

            return builder.ToString();
        }

        /// <summary>Sorts findings into the new ones and the baselined ones, and lists the entries that matched nothing.</summary>
        public BaselineMatch Match(IEnumerable<(Finding Finding, string Text)> findings, string baseDirectory)
        {
            BaselineMatcher matcher = Matcher(baseDirectory);
            var fresh = new List<Finding>();
            var accepted = new List<Finding>();
            foreach ((Finding finding, string text) in findings)
            {
                (matcher.Accepts(finding, text) ? accepted : fresh).Add(finding);
            }

            return new BaselineMatch(fresh, accepted, matcher.Unmatched());
        }

        /// <summary>A matcher that takes findings file by file (each entry matches once across all calls).</summary>
        public BaselineMatcher Matcher(string baseDirectory) => new(Entries, baseDirectory);

        /// <summary>The entry a finding has in a baseline next to <paramref name="baseDirectory"/>.</summary>
        public static BaselineEntry Entry(Finding finding, string text, string baseDirectory)
        {
            // What the finding points at (or, for a finding about the whole file, nothing): the same
            // wherever the text moves, and changed when that text is edited.
            string pointed = finding.Span.Length > 0 && finding.Span.Offset + finding.Span.Length <= text.Length
                ? TextNormalizer.FoldWhitespace(text.Substring(finding.Span.Offset, finding.Span.Length))
                : string.Empty;
            string folded = TextNormalizer.FoldWhitespace(LineText(text, finding.Span.Line));
            string excerpt = folded.Length <= 60 ? folded : folded.Substring(0, 57) + "...";
            return new BaselineEntry(finding.RuleId, RelativePath(finding.Path, baseDirectory), Hash(finding.RuleId + "\n" + pointed), finding.Span.Line, excerpt.Replace('\t', ' '));
        }

        /// <summary><paramref name="path"/> relative to <paramref name="baseDirectory"/>, with <c>/</c>; the path itself when it is not below it.</summary>
        public static string RelativePath(string path, string baseDirectory)
        {
            string normalized = path.Replace('\\', '/');
            string directory = baseDirectory.Replace('\\', '/').TrimEnd('/');
            if (directory.Length > 0 && normalized.StartsWith(directory + "/", StringComparison.Ordinal))
            {
                return normalized.Substring(directory.Length + 1);
            }

            return normalized.StartsWith("./", StringComparison.Ordinal) ? normalized.Substring(2) : normalized;
        }

        private static string LineText(string text, int line)
        {
            int start = 0;
            for (int i = 1; i < line && start >= 0; i++)
            {
                start = text.IndexOf('\n', start);
                start = start < 0 ? -1 : start + 1;
            }

            if (start < 0 || start > text.Length)
            {
                return string.Empty;
            }

            int end = text.IndexOf('\n', start);
            return text.Substring(start, (end < 0 ? text.Length : end) - start);
        }

        /// <summary>FNV-1a, 64 bits: stable across runs, platforms and versions.</summary>
        private static string Hash(string text)
        {
            ulong hash = 14695981039346656037UL;
            foreach (char c in text)
            {
                hash ^= c;
                hash *= 1099511628211UL;
            }

            return hash.ToString("x16", CultureInfo.InvariantCulture);
        }
    }

    /// <summary>Matches findings against a baseline as they come, file by file, for a check that does not hold every issue.</summary>
    internal sealed class BaselineMatcher
    {
        private readonly Dictionary<(string, string, string), Queue<BaselineEntry>> _open = new();
        private readonly string _baseDirectory;

        internal BaselineMatcher(IEnumerable<BaselineEntry> entries, string baseDirectory)
        {
            _baseDirectory = baseDirectory;
            foreach (BaselineEntry entry in entries)
            {
                var key = (entry.RuleId, entry.File, entry.Fingerprint);
                if (!_open.TryGetValue(key, out Queue<BaselineEntry>? queue))
                {
                    _open[key] = queue = new Queue<BaselineEntry>();
                }

                queue.Enqueue(entry);
            }
        }

        /// <summary>Whether the baseline accepts the finding (in the issue's <paramref name="text"/>); an accepting entry is used up.</summary>
        public bool Accepts(Finding finding, string text)
        {
            BaselineEntry probe = Baseline.Entry(finding, text, _baseDirectory);
            if (_open.TryGetValue((probe.RuleId, probe.File, probe.Fingerprint), out Queue<BaselineEntry>? queue) && queue.Count > 0)
            {
                queue.Dequeue();
                return true;
            }

            return false;
        }

        /// <summary>The entries no finding has matched so far.</summary>
        public IReadOnlyList<BaselineEntry> Unmatched()
            => _open.Values.SelectMany(q => q).OrderBy(e => e.File, StringComparer.Ordinal).ThenBy(e => e.Line).ToArray();
    }

    /// <summary>Findings sorted against a baseline.</summary>
    /// <param name="New">Findings the baseline does not hold: these are reported.</param>
    /// <param name="Baselined">Findings the baseline holds: not reported.</param>
    /// <param name="Removable">Entries that matched no finding: fixed since, and removable from the baseline.</param>
    internal sealed record BaselineMatch(IReadOnlyList<Finding> New, IReadOnlyList<Finding> Baselined, IReadOnlyList<BaselineEntry> Removable);
}
