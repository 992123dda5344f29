using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using NewsletterLinter.Cli.Output;
using NewsletterLinter.Parsing;
using NewsletterLinter.Parsing.Configuration;
using NewsletterLinter.Parsing.Corpus;
using NewsletterLinter.Parsing.Model;
using NewsletterLinter.Parsing.Rules;

namespace NewsletterLinter.Cli.Commands
{
    /// <summary>
    /// A check of many files on every core, streaming: a first parallel pass parses each issue once,
    /// runs the rules that need only that issue, and keeps what the cross-file rules need of it (its
    /// number, titles, links, heading layout, cited titles, references and headers), dropping the
    /// summaries' texts; the few cited titles that only the text of the cited issue can settle are
    /// searched in a small second pass; then the cross-file rules run on what was kept, and the
    /// results are handed over in input order, so the output is the same whatever the timing and
    /// memory holds the index and the findings, not the archive. With a <see cref="LintCache"/>,
    /// unchanged files are not parsed for the index, and their findings are reused when the cross-file
    /// facts they depend on are unchanged. With <c>NEWSLETTER_LINT_TIMINGS=1</c> the time of each
    /// phase goes to standard error.
    /// </summary>
    internal sealed class CheckRun
    {
        private const int ChunkSize = 256;

        private readonly IReadOnlyList<string> _files;
        private readonly RuleOptions _options;
        private readonly ParserOptions _parserOptions;
        private readonly TextWriter _stderr;
        private readonly LintCache? _cache;
        private readonly bool _textWithFindings;
        private readonly ParallelOptions _parallel = new() { MaxDegreeOfParallelism = Environment.ProcessorCount };
        private readonly FileState[] _state;
        private readonly CitedTitleSearch _citedTitles;
        private readonly Progress _progress;
        private int _done;
        private int _searchedIssues;

        private CheckRun(IReadOnlyList<string> files, RuleOptions options, TextWriter stderr, Progress progress, LintCache? cache, bool textWithFindings)
        {
            _files = files;
            _options = options;
            _parserOptions = options.ToParserOptions();
            _stderr = stderr;
            _progress = progress;
            _cache = cache;
            _textWithFindings = textWithFindings;
            _state = files.Select(f => new FileState(f, Path.GetFullPath(f))).ToArray();
            _citedTitles = new CitedTitleSearch(files.Count);
        }

        /// <summary>
        /// Checks <paramref name="files"/>; <paramref name="onChecked"/> gets each file in input order
        /// with its findings (null when it cannot be read), and its text when it has findings and
        /// <paramref name="textWithFindings"/> (the text of a file whose findings are already known is
        /// otherwise not read a second time: the file's text is then empty).
        /// </summary>
        public static void Run(IReadOnlyList<string> files, RuleOptions options, TextWriter stderr, string verb, Action<IssueFile, IReadOnlyList<Finding>?> onChecked, LintCache? cache = null, bool textWithFindings = true)
        {
            Stopwatch? clock = Environment.GetEnvironmentVariable("NEWSLETTER_LINT_TIMINGS") == "1" ? Stopwatch.StartNew() : null;
            double started = clock is null ? 0 : (DateTime.Now - Process.GetCurrentProcess().StartTime).TotalMilliseconds;
            using var progress = new Progress(stderr, verb, 2 * files.Count);
            var run = new CheckRun(files, options, stderr, progress, cache, textWithFindings);
            run.ReadAndCheckEachIssue();
            long indexed = clock?.ElapsedMilliseconds ?? 0;
            CorpusIndex index = run.SearchCitedTitles();
            long searched = clock?.ElapsedMilliseconds ?? 0;
            run.CheckAcrossIssues(index, onChecked);
            if (clock is not null)
            {
                stderr.WriteLine($"timings: start-up {started:F0} ms, read+parse+issue rules {indexed} ms, cited titles searched in {run._citedTitles.SearchedIssues} issues while read and {run._searchedIssues} read again {searched - indexed} ms, cross-file rules+report {clock.ElapsedMilliseconds - searched} ms ({files.Count} files, {run._parallel.MaxDegreeOfParallelism} threads{(cache is null ? string.Empty : $", {cache.Reused} findings lists from the cache")}); garbage collections {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} (gen 0/1/2), paused {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms, {GC.GetTotalAllocatedBytes() / (1024 * 1024)} MB allocated");
            }
        }

        /// <summary>
        /// 1. What the cross-file rules need of every issue; the parsed issue itself is dropped. The
        /// files are read from the last (issues cite earlier issues, and archives list them in order),
        /// and an issue that every later file has been read past searches the titles those files cite
        /// with its number in its own text, before its text is dropped.
        /// </summary>
        private void ReadAndCheckEachIssue()
        {
            // A cache written for these files under other names holds no findings list that can be
            // reused: its files are parsed here like any other (their entries are still kept).
            LintCache? reusable = _cache is not null && _cache.NamesFilesAsBefore(_state.Select(f => f.FullPath).ToArray(), _files.Select(IssueFiles.DisplayPath).ToArray()) ? _cache : null;
            int next = _files.Count;
            Parallel.For(0, _parallel.MaxDegreeOfParallelism, _parallel, _ =>
            {
                int i;
                while ((i = Interlocked.Decrement(ref next)) >= 0)
                {
                    ReadAndCheck(i, reusable);
                    Step();
                }
            });
        }

        private void ReadAndCheck(int i, LintCache? reusable)
        {
            FileState file = _state[i];
            IssueFile read = IssueFiles.Read(file.Path);
            IndexedIssue? described = null;
            if (read.Text is not null)
            {
                ulong content = _cache is null ? 0 : LintCache.Hash(read.Text);
                if (reusable?.Find(file.FullPath, content) is { } hit)
                {
                    file.Cached = hit;
                    file.Entry = hit.Indexed is null ? null : hit.Indexed with { Path = read.DisplayPath };
                    file.Kept = new LintCache.Entry { Content = content, Indexed = hit.Indexed, Citations = hit.Citations, Referenced = hit.Referenced };
                }
                else
                {
                    IssueDocument document = IssueParser.Parse(read.Text, read.DisplayPath, _parserOptions);
                    IssueCheck check = CorpusCheck.Begin(document, _options);
                    described = check.Described;
                    file.Entry = described?.WithoutDocument(Array.Empty<string>());
                    file.Begun = check;
                    file.Kept = new LintCache.Entry
                    {
                        Content = content,
                        Indexed = file.Entry,
                        Citations = check.Citations,
                        Referenced = _cache is null ? Array.Empty<int>() : document.References.Select(r => r.Number).Distinct().OrderBy(n => n).ToArray(),
                    };
                }
            }

            _citedTitles.Read(i, file.Kept?.Citations, described);
        }

        /// <summary>
        /// 2. Cited titles that neither the titles nor the links of the cited issue settle: searched in
        /// its text, which the first pass did for the titles cited by the files read after it.
        /// Returns the index of the archive with what was found.
        /// </summary>
        private CorpusIndex SearchCitedTitles()
        {
            CorpusIndex first = CorpusCheck.Index(_state.Where(f => f.Entry is not null).Select(f => f.Entry!));
            var wanted = new Dictionary<int, HashSet<string>>();
            foreach (Citation citation in _state.Where(f => f.Kept is not null).SelectMany(f => f.Kept!.Citations).Where(first.NeedsText))
            {
                if (!wanted.TryGetValue(citation.Number, out HashSet<string>? titles))
                {
                    wanted[citation.Number] = titles = new HashSet<string>(StringComparer.Ordinal);
                }

                titles.Add(citation.Title);
            }

            // The few issues to search again, listed first so that both threads get a share of them.
            int[] toSearch = Enumerable.Range(0, _files.Count).Where(i => _state[i].Entry is { } e && wanted.ContainsKey(e.Number)).ToArray();
            Parallel.For(0, toSearch.Length, _parallel, k => Search(toSearch[k], wanted[_state[toSearch[k]].Entry!.Number]));
            return CorpusCheck.Index(_state.Where(f => f.Entry is not null).Select(f => f.Entry!));
        }

        private void Search(int i, HashSet<string> titles)
        {
            FileState file = _state[i];
            IndexedIssue entry = file.Entry!;
            if (file.Cached is { } hit && titles.All(hit.Searched.ContainsKey))
            {
                file.Kept!.Searched = titles.ToDictionary(t => t, t => hit.Searched[t], StringComparer.Ordinal);
            }
            else if (_citedTitles.Searched(i) is { } searchedWhileRead && titles.All(searchedWhileRead.ContainsKey))
            {
                file.Kept!.Searched = titles.ToDictionary(t => t, t => searchedWhileRead[t], StringComparer.Ordinal);
            }
            else if (IssueFiles.Read(file.Path).Text is { } text)
            {
                Interlocked.Increment(ref _searchedIssues);
                IndexedIssue described = CorpusIndex.Describe(IssueParser.Parse(text, entry.Path, _parserOptions));
                file.Kept!.Searched = titles.ToDictionary(t => t, described.Mentions, StringComparer.Ordinal);
            }

            file.Entry = entry with { MentionedTitles = file.Kept!.Searched.Where(p => p.Value).Select(p => p.Key).ToHashSet(StringComparer.Ordinal) };
        }

        /// <summary>
        /// 3. The cross-file rules on what was kept (a file whose cached findings are stale is parsed
        /// again), a chunk at a time, and the results handed over in order.
        /// </summary>
        private void CheckAcrossIssues(CorpusIndex index, Action<IssueFile, IReadOnlyList<Finding>?> onChecked)
        {
            FindingContexts? contexts = _cache is null ? null : new FindingContexts(index, _state.Select(f => f.Kept).ToArray());
            var read = new IssueFile[Math.Min(ChunkSize, _files.Count)];
            var findings = new IReadOnlyList<Finding>?[read.Length];
            for (int start = 0; start < _files.Count; start += ChunkSize)
            {
                int count = Math.Min(ChunkSize, _files.Count - start);
                Parallel.For(0, count, _parallel, j =>
                {
                    (read[j], findings[j]) = CheckAcross(start + j, index, contexts);
                    Step();
                });

                for (int j = 0; j < count; j++)
                {
                    onChecked(read[j], findings[j]);
                    read[j] = null!;
                    findings[j] = null;
                }
            }
        }

        private (IssueFile File, IReadOnlyList<Finding>? Findings) CheckAcross(int i, CorpusIndex index, FindingContexts? contexts)
        {
            FileState file = _state[i];
            IssueFile unread = IssueFiles.Unread(file.Path);
            IssueFile? read = null;
            IReadOnlyList<Finding>? findings;

            // The cached findings, when the facts they depend on are unchanged (their context is then the cached one).
            IReadOnlyList<Finding>? reuse = file.Cached is { Findings: { } list } hit && hit.Context == contexts!.Of(i, list) ? list : null;
            if (reuse is not null)
            {
                findings = reuse.Select(f => f with { Path = unread.DisplayPath }).ToArray();
            }
            else if (file.Begun is { } begun)
            {
                findings = CorpusCheck.Finish(begun, index, _options);
                file.Begun = null;
            }
            else
            {
                // Unreadable in the first pass (read again for its error), or cached findings that are stale.
                read = IssueFiles.Read(file.Path);
                findings = read.Text is { } text ? CorpusCheck.Check(IssueParser.Parse(text, read.DisplayPath, _parserOptions), index, _options) : null;
            }

            if (read is null)
            {
                // The findings are known; the text is read only for a caller that needs it with them.
                read = _textWithFindings && findings is { Count: > 0 } ? IssueFiles.Read(file.Path) : unread;
                if (read.Text is null)
                {
                    findings = null;
                }
            }

            if (_cache is not null && file.Kept is { } entry && findings is { } found)
            {
                entry.Context = reuse is not null ? file.Cached!.Context : contexts!.Of(i, found);
                entry.Findings = found;
                _cache.Keep(file.FullPath, entry, reused: reuse is not null);
            }

            return (read, findings);
        }

        private void Step()
        {
            int count = Interlocked.Increment(ref _done);
            if (_progress.IsVisible)
            {
                lock (_progress)
                {
                    _progress.Report(count);
                }
            }
        }

        /// <summary>What the check knows of one file between its phases.</summary>
        private sealed class FileState
        {
            public FileState(string path, string fullPath)
            {
                Path = path;
                FullPath = fullPath;
            }

            /// <summary>The file as given.</summary>
            public string Path { get; }

            /// <summary>The file's full path, the cache's key.</summary>
            public string FullPath { get; }

            /// <summary>Its cache entry, when the cache holds one for its content.</summary>
            public LintCache.Entry? Cached { get; set; }

            /// <summary>What the cache keeps of it after this check.</summary>
            public LintCache.Entry? Kept { get; set; }

            /// <summary>What the index holds of it (null without a number or when unreadable).</summary>
            public IndexedIssue? Entry { get; set; }

            /// <summary>Its check's first step (the local findings and the cross-file facts), until the cross-file rules have run.</summary>
            public IssueCheck? Begun { get; set; }
        }
    }
}
