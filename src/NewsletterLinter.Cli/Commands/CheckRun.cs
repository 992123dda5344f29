using System;
using System.Collections.Concurrent;
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
    /// A check of many files on every core: read and parse in parallel, one corpus index, check in
    /// parallel, and the results in input order, so the output is the same whatever the timing.
    /// With <c>NEWSLETTER_LINT_TIMINGS=1</c> the time of each phase goes to standard error.
    /// </summary>
    internal static class CheckRun
    {
        /// <summary>One checked file: what was read, its findings (null when unreadable).</summary>
        internal sealed record Checked(IssueFile File, IReadOnlyList<Finding>? Findings);

        public static List<Checked> Run(IReadOnlyList<string> files, RuleOptions options, TextWriter stderr, string verb)
        {
            var timings = Environment.GetEnvironmentVariable("NEWSLETTER_LINT_TIMINGS") == "1" ? new Stopwatch() : null;
            timings?.Start();
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
            ParserOptions parserOptions = options.ToParserOptions();
            var read = new IssueFile[files.Count];
            var documents = new IssueDocument?[files.Count];
            int done = 0;
            using (var progress = new Progress(stderr, verb, files.Count))
            {
                Parallel.For(0, files.Count, parallel, i =>
                {
                    read[i] = IssueFiles.Read(files[i]);
                    if (read[i].Text is { } text)
                    {
                        documents[i] = IssueParser.Parse(text, read[i].DisplayPath, parserOptions);
                    }

                    int count = Interlocked.Increment(ref done);
                    if (progress.IsVisible)
                    {
                        lock (progress)
                        {
                            progress.Report(count);
                        }
                    }
                });
            }

            long parsed = timings?.ElapsedMilliseconds ?? 0;
            CorpusIndex index = CorpusIndex.Build(documents.Where(d => d is not null).Select(d => d!));
            long indexed = timings?.ElapsedMilliseconds ?? 0;
            var findings = new IReadOnlyList<Finding>?[files.Count];
            Parallel.For(0, files.Count, parallel, i =>
            {
                if (documents[i] is { } document)
                {
                    findings[i] = IssueRules.Check(document, index, options);
                }
            });

            if (timings is not null)
            {
                stderr.WriteLine($"timings: read+parse {parsed} ms, index {indexed - parsed} ms, rules {timings.ElapsedMilliseconds - indexed} ms ({files.Count} files, {parallel.MaxDegreeOfParallelism} threads)");
            }

            return Enumerable.Range(0, files.Count).Select(i => new Checked(read[i], findings[i])).ToList();
        }
    }
}
