using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using NewsletterLinter.Cli.Output;
using NewsletterLinter.Parsing;
using NewsletterLinter.Parsing.Model;
using NewsletterLinter.Parsing.Rules;

namespace NewsletterLinter.Cli.Commands
{
    /// <summary>
    /// A check of many files on every core, streaming: a first parallel pass indexes what the
    /// cross-file rules need of each issue (number, titles, links, heading layout, the titles it
    /// cites) and drops the parsed issue; the few cited titles that only the text of the cited issue
    /// can settle are searched in a small second pass; then the files are parsed and checked again in
    /// parallel, in chunks, and handed over in input order, so the output is the same whatever the
    /// timing and memory holds the index and one chunk, not the archive. With
    /// <c>NEWSLETTER_LINT_TIMINGS=1</c> the time of each phase goes to standard error.
    /// </summary>
    internal static class CheckRun
    {
        private const int ChunkSize = 256;

        /// <summary>
        /// Checks <paramref name="files"/>; <paramref name="onChecked"/> gets each file in input order
        /// with its findings (null when it cannot be read), while its text is still at hand.
        /// </summary>
        public static void Run(IReadOnlyList<string> files, RuleOptions options, TextWriter stderr, string verb, Action<IssueFile, IReadOnlyList<Finding>?> onChecked)
        {
            Stopwatch? clock = Environment.GetEnvironmentVariable("NEWSLETTER_LINT_TIMINGS") == "1" ? Stopwatch.StartNew() : null;
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

            // 1. What the cross-file rules need of every issue; the parsed issue itself is dropped.
            var entries = new IndexedIssue?[files.Count];
            var citations = new IReadOnlyList<Citation>[files.Count];
            Parallel.For(0, files.Count, parallel, i =>
            {
                IssueFile read = IssueFiles.Read(files[i]);
                citations[i] = Array.Empty<Citation>();
                if (read.Text is not null)
                {
                    IssueDocument document = IssueParser.Parse(read.Text, read.DisplayPath, parserOptions);
                    citations[i] = CorpusIndex.Citations(document);
                    entries[i] = document.Number is null ? null : CorpusIndex.Describe(document).WithoutDocument(Array.Empty<string>());
                }

                Step();
            });
            long indexed = clock?.ElapsedMilliseconds ?? 0;

            // 2. Cited titles that neither the titles nor the links of the cited issue settle: searched in its text.
            CorpusIndex first = CorpusIndex.Build(entries.Where(e => e is not null).Select(e => e!));
            var wanted = new Dictionary<int, HashSet<string>>();
            foreach (Citation citation in citations.SelectMany(c => c).Where(first.NeedsText))
            {
                if (!wanted.TryGetValue(citation.Number, out HashSet<string>? titles))
                {
                    wanted[citation.Number] = titles = new HashSet<string>(StringComparer.Ordinal);
                }

                titles.Add(citation.Title);
            }

            int[] toSearch = Enumerable.Range(0, files.Count).Where(i => entries[i] is { } e && wanted.ContainsKey(e.Number)).ToArray();
            Parallel.ForEach(toSearch, parallel, i =>
            {
                if (IssueFiles.Read(files[i]).Text is { } text)
                {
                    IssueDocument document = IssueParser.Parse(text, entries[i]!.Path, parserOptions);
                    entries[i] = CorpusIndex.Describe(document).WithoutDocument(wanted[entries[i]!.Number]);
                }
            });

            CorpusIndex index = CorpusIndex.Build(entries.Where(e => e is not null).Select(e => e!));
            long searched = clock?.ElapsedMilliseconds ?? 0;

            // 3. Parse and check again, a chunk at a time, and hand the results over in order.
            var read = new IssueFile[Math.Min(ChunkSize, files.Count)];
            var findings = new IReadOnlyList<Finding>?[read.Length];
            for (int start = 0; start < files.Count; start += ChunkSize)
            {
                int count = Math.Min(ChunkSize, files.Count - start);
                Parallel.For(0, count, parallel, j =>
                {
                    read[j] = IssueFiles.Read(files[start + j]);
                    findings[j] = read[j].Text is { } text ? IssueRules.Check(IssueParser.Parse(text, read[j].DisplayPath, parserOptions), index, options) : null;
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
                stderr.WriteLine($"timings: index {indexed} ms, cited titles searched in {toSearch.Length} issues {searched - indexed} ms, parse+rules+report {clock.ElapsedMilliseconds - searched} ms ({files.Count} files, {parallel.MaxDegreeOfParallelism} threads)");
            }
        }
    }
}
