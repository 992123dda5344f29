using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using System.Threading;
using System;
using NewsletterLinter.Cli.Output;
using NewsletterLinter.Parsing.Configuration;
using NewsletterLinter.Parsing.Corpus;
using NewsletterLinter.Parsing.Model;
using NewsletterLinter.Parsing.Rules;
using NewsletterLinter.Parsing;

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
    internal static class CheckRun
    {
        private const int ChunkSize = 256;

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
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
            ParserOptions parserOptions = options.ToParserOptions();
            using var progress = new Progress(stderr, verb, 2 * files.Count);
            int done = 0;
            void Step()
            {
                int count = Interlocked.Increment(ref done);
                if (progress.IsVisible)
                {
                    lock (progress)
                    {
                        progress.Report(count);
                    }
                }
            }

            // 1. What the cross-file rules need of every issue; the parsed issue itself is dropped. The
            //    files are read from the last (issues cite earlier issues, and archives list them in
            //    order), and an issue that every later file has been read past searches the titles those
            //    files cite with its number in its own text, before its text is dropped.
            var full = files.Select(f => Path.GetFullPath(f)).ToArray();

            // A cache written for these files under other names holds no findings list that can be
            // reused: its files are parsed here like any other (their entries are still kept).
            LintCache? reusable = cache is not null && cache.NamesFilesAsBefore(full, files.Select(IssueFiles.DisplayPath).ToArray()) ? cache : null;
            var cached = new LintCache.Entry?[files.Count];
            var kept = new LintCache.Entry?[files.Count];
            var entries = new IndexedIssue?[files.Count];
            var facts = new IssueDocument?[files.Count];
            var local = new List<Finding>?[files.Count];
            var citedTitles = new CitedTitleSearch(files.Count);
            int next = files.Count;
            Parallel.For(0, parallel.MaxDegreeOfParallelism, parallel, _ =>
            {
                int i;
                while ((i = Interlocked.Decrement(ref next)) >= 0)
                {
                    IssueFile read = IssueFiles.Read(files[i]);
                    IndexedIssue? described = null;
                    if (read.Text is not null)
                    {
                        ulong content = cache is null ? 0 : LintCache.Hash(read.Text);
                        if (reusable?.Find(full[i], content) is { } hit)
                        {
                            cached[i] = hit;
                            entries[i] = hit.Indexed is null ? null : hit.Indexed with { Path = read.DisplayPath };
                            kept[i] = new LintCache.Entry { Content = content, Indexed = hit.Indexed, Citations = hit.Citations, Referenced = hit.Referenced };
                        }
                        else
                        {
                            IssueDocument document = IssueParser.Parse(read.Text, read.DisplayPath, parserOptions);
                            described = document.Number is null ? null : CorpusIndex.Describe(document);
                            entries[i] = described?.WithoutDocument(Array.Empty<string>());
                            local[i] = IssueRules.CheckLocal(document, options);
                            facts[i] = IssueRules.CrossFileFacts(document);
                            kept[i] = new LintCache.Entry
                            {
                                Content = content,
                                Indexed = entries[i],
                                Citations = CorpusIndex.Citations(document),
                                Referenced = cache is null ? Array.Empty<int>() : document.References.Select(r => r.Number).Distinct().OrderBy(n => n).ToArray(),
                            };
                        }
                    }

                    citedTitles.Read(i, kept[i]?.Citations, described);
                    Step();
                }
            });
            long indexed = clock?.ElapsedMilliseconds ?? 0;

            // 2. Cited titles that neither the titles nor the links of the cited issue settle: searched in
            //    its text, which the first pass did for the titles cited by the files read after it.
            CorpusIndex first = CorpusIndex.Build(entries.Where(e => e is not null).Select(e => e!));
            var wanted = new Dictionary<int, HashSet<string>>();
            foreach (Citation citation in kept.Where(k => k is not null).SelectMany(k => k!.Citations).Where(first.NeedsText))
            {
                if (!wanted.TryGetValue(citation.Number, out HashSet<string>? titles))
                {
                    wanted[citation.Number] = titles = new HashSet<string>(StringComparer.Ordinal);
                }

                titles.Add(citation.Title);
            }

            // The few issues to search again, listed first so that both threads get a share of them.
            int[] toSearch = Enumerable.Range(0, files.Count).Where(i => entries[i] is { } e && wanted.ContainsKey(e.Number)).ToArray();
            int searchedIssues = 0;
            Parallel.For(0, toSearch.Length, parallel, k =>
            {
                int i = toSearch[k];
                IndexedIssue entry = entries[i]!;
                HashSet<string> titles = wanted[entry.Number];

                if (cached[i] is { } hit && titles.All(hit.Searched.ContainsKey))
                {
                    kept[i]!.Searched = titles.ToDictionary(t => t, t => hit.Searched[t], StringComparer.Ordinal);
                }
                else if (citedTitles.Searched(i) is { } searchedWhileRead && titles.All(searchedWhileRead.ContainsKey))
                {
                    kept[i]!.Searched = titles.ToDictionary(t => t, t => searchedWhileRead[t], StringComparer.Ordinal);
                }
                else if (IssueFiles.Read(files[i]).Text is { } text)
                {
                    Interlocked.Increment(ref searchedIssues);
                    IndexedIssue described = CorpusIndex.Describe(IssueParser.Parse(text, entry.Path, parserOptions));
                    kept[i]!.Searched = titles.ToDictionary(t => t, described.Mentions, StringComparer.Ordinal);
                }

                entries[i] = entry with { MentionedTitles = kept[i]!.Searched.Where(p => p.Value).Select(p => p.Key).ToHashSet(StringComparer.Ordinal) };
            });

            CorpusIndex index = CorpusIndex.Build(entries.Where(e => e is not null).Select(e => e!));
            FindingContexts? contexts = cache is null ? null : new FindingContexts(index, kept);
            long searched = clock?.ElapsedMilliseconds ?? 0;

            // 3. The cross-file rules on what was kept (a file whose cached findings are stale is parsed
            //    again), a chunk at a time, and the results handed over in order.
            var read = new IssueFile[Math.Min(ChunkSize, files.Count)];
            var findings = new IReadOnlyList<Finding>?[read.Length];
            for (int start = 0; start < files.Count; start += ChunkSize)
            {
                int count = Math.Min(ChunkSize, files.Count - start);
                Parallel.For(0, count, parallel, j =>
                {
                    int i = start + j;
                    IssueFile unread = IssueFiles.Unread(files[i]);
                    // The cached findings, when the facts they depend on are unchanged (their context is then the cached one).
                    IReadOnlyList<Finding>? reuse = cached[i] is { Findings: { } list } hit && hit.Context == contexts!.Of(i, list) ? list : null;
                    if (reuse is not null)
                    {
                        findings[j] = reuse.Select(f => f with { Path = unread.DisplayPath }).ToArray();
                    }
                    else if (facts[i] is { } kept2 && local[i] is { } own)
                    {
                        findings[j] = IssueRules.CheckCrossFile(kept2, own, index, options);
                        facts[i] = null;
                        local[i] = null;
                    }
                    else
                    {
                        // Unreadable in the first pass (read again for its error), or cached findings that are stale.
                        read[j] = IssueFiles.Read(files[i]);
                        findings[j] = read[j].Text is { } text ? IssueRules.Check(IssueParser.Parse(text, read[j].DisplayPath, parserOptions), index, options) : null;
                    }

                    if (read[j] is null)
                    {
                        // The findings are known; the text is read only for a caller that needs it with them.
                        read[j] = textWithFindings && findings[j] is { Count: > 0 } ? IssueFiles.Read(files[i]) : unread;
                        if (read[j].Text is null)
                        {
                            findings[j] = null;
                        }
                    }

                    if (cache is not null && kept[i] is { } entry && findings[j] is { } found)
                    {
                        entry.Context = reuse is not null ? cached[i]!.Context : contexts!.Of(i, found);
                        entry.Findings = found;
                        cache.Keep(full[i], entry, reused: reuse is not null);
                    }

                    Step();
                });

                for (int j = 0; j < count; j++)
                {
                    onChecked(read[j], findings[j]);
                    read[j] = null!;
                    findings[j] = null;
                }
            }

            if (clock is not null)
            {
                stderr.WriteLine($"timings: start-up {started:F0} ms, read+parse+issue rules {indexed} ms, cited titles searched in {citedTitles.SearchedIssues} issues while read and {searchedIssues} read again {searched - indexed} ms, cross-file rules+report {clock.ElapsedMilliseconds - searched} ms ({files.Count} files, {parallel.MaxDegreeOfParallelism} threads{(cache is null ? string.Empty : $", {cache.Reused} findings lists from the cache")}); garbage collections {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} (gen 0/1/2), paused {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms, {GC.GetTotalAllocatedBytes() / (1024 * 1024)} MB allocated");
            }
        }

        /// <summary>
        /// For each file, a digest of the cross-file facts its findings depend on, so that an unchanged
        /// file's cached findings are reused exactly when the cross-file rules would find the same:
        /// <list type="bullet">
        /// <item>the claims of its own number, with the names of the files that claim it (AN0002);</item>
        /// <item>the claims of every number it references: whether the number exists, and the titles,
        /// links and searched titles of its issue (AN1001, AN1004);</item>
        /// <item>the archive's heading conventions, in their order (AN3002);</item>
        /// <item>and only where a finding's message quotes them: the corpus's numbers, which an AN1001
        /// lists, and how many issues follow each convention, which an AN3002 counts.</item>
        /// </list>
        /// An issue added to the archive thus re-checks the files that cite it, a file whose dangling
        /// reference lists the numbers, and a file held to a convention whose count it quotes; not
        /// every file. (Files named otherwise than the cache knows them are parsed anew: see
        /// <see cref="LintCache.NamesFilesAsBefore"/>.)
        /// </summary>
        private sealed class FindingContexts
        {
            private readonly CorpusIndex _index;
            private readonly string?[] _facts;
            private readonly Dictionary<int, string> _perNumber = new();
            private readonly string _conventions;
            private readonly string _conventionCounts;

            public FindingContexts(CorpusIndex index, LintCache.Entry?[] kept)
            {
                _index = index;
                var conventions = new StringBuilder();
                var counts = new StringBuilder();
                foreach ((HeadingLayout layout, int issues) in index.HeadingConventions.Layouts)
                {
                    conventions.Append(layout).Append(';');
                    counts.Append(issues).Append(';');
                }

                _conventions = conventions.ToString();
                _conventionCounts = counts.ToString();
                _facts = new string?[kept.Length];
                Parallel.For(0, kept.Length, i =>
                {
                    if (kept[i] is { } entry)
                    {
                        var facts = new StringBuilder();
                        if (entry.Indexed is { } own)
                        {
                            facts.Append("own ").Append(own.Number).Append('=').Append(Digest(own.Number)).Append(';');
                        }

                        foreach (int number in entry.Referenced)
                        {
                            facts.Append(number).Append('=').Append(Digest(number)).Append(';');
                        }

                        _facts[i] = facts.ToString();
                    }
                });
            }

            /// <summary>The context of file <paramref name="i"/> with <paramref name="findings"/>, the list cached with it or found now.</summary>
            public ulong Of(int i, IReadOnlyList<Finding> findings)
            {
                var context = new StringBuilder(_facts[i]).Append('\u0001').Append(_conventions);
                if (findings.Any(f => f.RuleId == RuleIds.InconsistentHeadingLevel))
                {
                    context.Append('\u0001').Append(_conventionCounts);
                }

                if (findings.Any(f => f.RuleId == RuleIds.DanglingReference))
                {
                    context.Append('\u0001').Append(_index.DescribeNumbers());
                }

                return LintCache.Hash(context.ToString());
            }

            private string Digest(int number)
            {
                lock (_perNumber)
                {
                    if (_perNumber.TryGetValue(number, out string? known))
                    {
                        return known;
                    }
                }

                var text = new StringBuilder();
                foreach (IndexedIssue claim in _index.Claims(number))
                {
                    text.Append(claim.Path).Append('\n').AppendJoin('\n', claim.TitleKeys).Append('\n').AppendJoin('\n', claim.Urls).Append('\n')
                        .AppendJoin('\n', (claim.MentionedTitles ?? Array.Empty<string>()).OrderBy(t => t, StringComparer.Ordinal)).Append('\u0001');
                }

                string digest = LintCache.Hash(text.ToString()).ToString("x16");
                lock (_perNumber)
                {
                    _perNumber[number] = digest;
                }

                return digest;
            }
        }
    }
}
