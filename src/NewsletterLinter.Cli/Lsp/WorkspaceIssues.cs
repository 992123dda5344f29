using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using NewsletterLinter.Cli.Commands;
using NewsletterLinter.Cli.Configuration;
using NewsletterLinter.Cli.Output;
using NewsletterLinter.Parsing;
using NewsletterLinter.Parsing.Configuration;
using NewsletterLinter.Parsing.Corpus;
using NewsletterLinter.Parsing.Fixing;
using NewsletterLinter.Parsing.Model;

namespace NewsletterLinter.Cli.Lsp
{
    /// <summary>
    /// What the language server knows: the issues on disk under the workspace folders (indexed at
    /// start and kept current by file events), the open buffers (which take precedence over disk), the
    /// configuration, severities and baseline as <c>lint</c> reads them, and the corpus index the
    /// cross-file rules share. Not thread-safe: the server serializes access.
    /// </summary>
    internal sealed class WorkspaceIssues
    {
        private readonly Dictionary<string, IssueDocument> _disk = new(StringComparer.Ordinal);
        private readonly Dictionary<string, OpenIssue> _open = new(StringComparer.Ordinal);
        private readonly List<string> _roots = new();
        private CorpusIndex? _index;
        private CheckSetup _setup = Defaults();

        /// <summary>An open buffer.</summary>
        internal sealed class OpenIssue
        {
            public OpenIssue(string uri, string path, string text, int version)
            {
                Uri = uri;
                Path = path;
                Text = new DocumentText(text);
                Version = version;
            }

            public string Uri { get; }

            public string Path { get; }

            public DocumentText Text { get; }

            public int Version { get; set; }

            public IssueDocument? Document { get; set; }
        }

        public IReadOnlyCollection<OpenIssue> Open => _open.Values;

        public IReadOnlyList<string> Roots => _roots;

        /// <summary>Reads the configuration of the first workspace folder and indexes every issue under the folders.</summary>
        public List<string> Load(IEnumerable<string> roots)
        {
            var messages = new List<string>();
            _roots.Clear();
            _roots.AddRange(roots.Where(Directory.Exists).Select(r => System.IO.Path.GetFullPath(r)).Distinct(StringComparer.Ordinal));
            _setup = Configure(_roots.FirstOrDefault(), messages);
            _disk.Clear();
            foreach (string file in IssueFiles.Expand(_roots, out _))
            {
                ReadFromDisk(file);
            }

            _index = null;
            messages.Add($"Indexed {Plural.Of(_disk.Count, "issue")} under {string.Join(", ", _roots)}.");
            return messages;
        }

        /// <summary>Whether a path is an issue by the same rule as the build and the tool: a Markdown file, not under bin/, obj/ or a hidden folder of the workspace.</summary>
        public bool IsIssue(string path)
        {
            string extension = System.IO.Path.GetExtension(path);
            if (!extension.Equals(".md", StringComparison.OrdinalIgnoreCase) && !extension.Equals(".markdown", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            string? root = _roots.FirstOrDefault(r => path.StartsWith(r + System.IO.Path.DirectorySeparatorChar, StringComparison.Ordinal));
            if (root is null)
            {
                return true;
            }

            string[] parts = System.IO.Path.GetRelativePath(root, path).Replace('\\', '/').Split('/');
            return !parts.Take(parts.Length - 1).Any(p => p.Equals("bin", StringComparison.OrdinalIgnoreCase) || p.Equals("obj", StringComparison.OrdinalIgnoreCase) || p.StartsWith('.'));
        }

        public OpenIssue Opened(string uri, string path, string text, int version)
        {
            var issue = new OpenIssue(uri, path, text, version);
            _open[uri] = issue;
            _index = null;
            return issue;
        }

        public OpenIssue? Find(string uri) => _open.TryGetValue(uri, out OpenIssue? issue) ? issue : null;

        public void Closed(string uri)
        {
            if (_open.Remove(uri, out OpenIssue? issue))
            {
                ReadFromDisk(issue.Path);
                _index = null;
            }
        }

        /// <summary>A file created, changed or deleted on disk; returns whether the index changed.</summary>
        public bool DiskChanged(string path, bool deleted)
        {
            if (System.IO.Path.GetFileName(path) is LintConfiguration.FileName or Baseline.FileName)
            {
                _setup = Configure(_roots.FirstOrDefault(), new List<string>());
                return true;
            }

            if (!IsIssue(path))
            {
                return false;
            }

            if (deleted)
            {
                _disk.Remove(path);
            }
            else
            {
                ReadFromDisk(path);
            }

            _index = null;
            return true;
        }

        /// <summary>
        /// Re-parses an open buffer; returns whether what other issues see of it (its number, its
        /// titles) changed, so that the issues citing it must be checked again.
        /// </summary>
        public bool Reparse(OpenIssue issue)
        {
            IndexedIssue? before = issue.Document is { Number: not null } old ? CorpusIndex.Describe(old) : null;
            issue.Document = IssueParser.Parse(issue.Text.Text, issue.Path, _setup.Options.ToParserOptions());
            IndexedIssue? after = issue.Document.Number is not null ? CorpusIndex.Describe(issue.Document) : null;
            bool changed = before?.Number != after?.Number || !Equals(before?.TitleKeys, after?.TitleKeys) || !Equals(before?.Layout, after?.Layout);
            if (changed)
            {
                _index = null;
            }

            return changed;
        }

        /// <summary>The findings of an open buffer, as <c>lint</c> would report them: severities, switched-off rules and the baseline applied.</summary>
        public List<ReportedFinding> Check(OpenIssue issue)
        {
            issue.Document ??= IssueParser.Parse(issue.Text.Text, issue.Path, _setup.Options.ToParserOptions());
            var reporter = new FindingReporter(_setup);
            reporter.Add(CorpusCheck.Check(issue.Document, Index(), _setup.Options), issue.Text.Text);
            return reporter.Reported;
        }

        /// <summary>
        /// The text after every fix of the buffer is applied, again and again until none is left (as
        /// <c>fix</c> does for one issue), with the workspace's index; null when nothing changes.
        /// </summary>
        public string? FixAll(OpenIssue issue)
        {
            string text = IssueFixer.FixOne(issue.Text.Text, issue.Path, Index(), _setup.Options, f => _setup.Report(f) is not null);
            return text == issue.Text.Text ? null : text;
        }

        private CorpusIndex Index()
        {
            if (_index is null)
            {
                var documents = new Dictionary<string, IssueDocument>(_disk, StringComparer.Ordinal);
                foreach (OpenIssue open in _open.Values)
                {
                    open.Document ??= IssueParser.Parse(open.Text.Text, open.Path, _setup.Options.ToParserOptions());
                    documents[open.Path] = open.Document;
                }

                _index = CorpusCheck.Index(documents.Values);
            }

            return _index;
        }

        private void ReadFromDisk(string path)
        {
            IssueFile read = IssueFiles.Read(path);
            if (read.Text is null)
            {
                _disk.Remove(path);
                return;
            }

            _disk[path] = IssueParser.Parse(read.Text, path, _setup.Options.ToParserOptions());
        }

        private static CheckSetup Defaults()
            => new(new List<string>(), LintConfiguration.Empty(), RuleOptions.Default, false, new TextFindingWriter(), "text", null, Baseline.Empty);

        private static CheckSetup Configure(string? root, List<string> messages)
        {
            if (root is null)
            {
                return Defaults();
            }

            LintConfiguration configuration = LintConfiguration.Empty();
            if (LintConfiguration.Find(root) is { } path)
            {
                configuration = LintConfiguration.Load(path, out string? error);
                if (error is not null)
                {
                    messages.Add(error + "; the defaults are used.");
                    configuration = LintConfiguration.Empty();
                }
            }

            RuleOptions options = RuleOptions.FromValues(
                key => configuration.Values.TryGetValue(key, out string? v) ? v : null,
                file => File.Exists(file) ? File.ReadAllText(file) : null,
                out List<string> errors);
            messages.AddRange(errors.Select(e => e + "; the default is used."));
            string? baselinePath = CheckOptions.FindBaseline(root);
            Baseline baseline = baselinePath is null ? Baseline.Empty : Baseline.Parse(File.ReadAllText(baselinePath), out _);
            return new CheckSetup(new List<string>(), configuration, options, false, new TextFindingWriter(), "text", baselinePath, baseline);
        }
    }
}
