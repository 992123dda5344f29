using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System;
using Markdig;
using NewsletterLinter.Parsing.Configuration;
using NewsletterLinter.Parsing.Corpus;
using NewsletterLinter.Parsing.Markdown;
using NewsletterLinter.Parsing.Rules;
using NewsletterLinter.Parsing.Taxonomy;
using NewsletterLinter.Parsing.Text;
using NewsletterLinter.Parsing;

namespace NewsletterLinter.Benchmarks
{
    /// <summary>
    /// The parser's stages over the real corpus, each timed on its own: the best of many rounds,
    /// which is steadier on a noisy machine than one round of everything
    /// (<c>--profile</c>; <c>ROUNDS</c> sets the number of rounds, <c>STAGE</c> picks the stages whose names start with it, <c>HELD=1</c> first prints what the check holds of the issues).
    /// </summary>
    internal static class Profile
    {
        public static void Run()
        {
            var files = Corpus.Load();
            var pipeline = Corpus.FloorPipeline;
            int rounds = Corpus.Rounds(30);

            Time("Markdig.Parse", rounds, () =>
            {
                foreach (var (_, text) in files) { Markdown.Parse(text, pipeline); }
            });
            Time("view", rounds, () =>
            {
                foreach (var (_, text) in files) { MarkdownView.Prepare(text); }
            });
            // The view as the parse prepares it: title-line brackets deferred (most issues are not copied).
            Time("view, as parsed", rounds, () =>
            {
                foreach (var (_, text) in files) { MarkdownView.Prepare(text, deferTitleBrackets: true, out _); }
            });
            Time("Markdig.Parse + flatten", rounds, () =>
            {
                foreach (var (_, text) in files)
                {
                    foreach (var _ in TextUnitReader.Read(Markdown.Parse(text, pipeline), text, SectionTaxonomy.BuiltIn)) { }
                }
            });
            // The parser's own pipeline: paragraphs closed with their inlines unread (SimpleInlines).
            Time("issue pipeline: blocks", rounds, () =>
            {
                foreach (var (_, text) in files) { Markdown.Parse(text, IssueParser.MarkdownPipeline); }
            });
            Time("issue pipeline: blocks + flatten", rounds, () =>
            {
                foreach (var (_, text) in files)
                {
                    foreach (var _ in TextUnitReader.Read(Markdown.Parse(text, IssueParser.MarkdownPipeline), text, SectionTaxonomy.BuiltIn)) { }
                }
            });
            Time("IssueParser.Parse", rounds, () =>
            {
                foreach (var (path, text) in files) { IssueParser.Parse(text, path); }
            });
            Time("parse + index + all rules", rounds, () => IssueRules.CheckAll(files, RuleOptions.Default));
            StreamingCheck.AssertSameAsCheckAll(files, RuleOptions.Default);
            Time("parse + index + all rules, as lint", rounds, () => StreamingCheck.Run(files, RuleOptions.Default));

            Time("parse, every issue held", rounds, () =>
            {
                var held = new System.Collections.Generic.List<NewsletterLinter.Parsing.Model.IssueDocument>(files.Length);
                foreach (var (path, text) in files) { held.Add(IssueParser.Parse(text, path)); }
            });

            // The rules on their own, over issues parsed beforehand.
            var parsed = System.Linq.Enumerable.ToList(System.Linq.Enumerable.Select(files, f => IssueParser.Parse(f.Text, f.Path)));
            var corpusIndex = CorpusIndex.Build(parsed);
            Time("rules: index", rounds, () => CorpusIndex.Build(parsed));
            // HELD=1: what the check as lint holds of each issue until the cross-file rules run.
            if (Environment.GetEnvironmentVariable("HELD") == "1")
            {
                // The bytes that stay reachable when every issue's part is kept and the parsed issues are not.
                long Held(Func<NewsletterLinter.Parsing.Model.IssueDocument, object?> keep)
                {
                    var docs = files.Select(f => IssueParser.Parse(f.Text, f.Path)).ToList();
                    object?[]? held = new object?[docs.Count];
                    for (int i = 0; i < docs.Count; i++) { held[i] = keep(docs[i]); }
                    docs = null;
                    long with = GC.GetTotalMemory(true);
                    GC.KeepAlive(held);
                    held = null;
                    return with - GC.GetTotalMemory(true);
                }

                Console.WriteLine($"documents {Held(d => d) / 1e3:F0} KB, facts {Held(IssueRules.CrossFileFacts) / 1e3:F0} KB, described {Held(d => d.Number is null ? null : CorpusIndex.Describe(d).WithoutDocument(Array.Empty<string>())) / 1e3:F0} KB, local findings {Held(d => IssueRules.CheckLocal(d, RuleOptions.Default)) / 1e3:F0} KB, citations {Held(CorpusIndex.Citations) / 1e3:F0} KB");
                Console.WriteLine($"headers only {Held(d => d.Headers) / 1e3:F0} KB, references only {Held(d => d.References) / 1e3:F0} KB");
            }

            var described = parsed.Where(d => d.Number is not null).Select(CorpusIndex.Describe).ToList();
            Time("rules: describe", rounds, () =>
            {
                foreach (var issue in parsed) { if (issue.Number is not null) { CorpusIndex.Describe(issue); } }
            });
            Time("rules: index of described issues", rounds, () => CorpusIndex.Build(described));
            Time("rules: facts", rounds, () =>
            {
                foreach (var issue in parsed) { IssueRules.CrossFileFacts(issue); CorpusIndex.Citations(issue); }
            });
            var localFindings = parsed.Select(p => IssueRules.CheckLocal(p, RuleOptions.Default)).ToList();
            var crossFacts = parsed.Select(IssueRules.CrossFileFacts).ToList();
            Time("rules: cross-file", rounds, () =>
            {
                for (int i = 0; i < parsed.Count; i++) { IssueRules.CheckCrossFile(crossFacts[i], localFindings[i], corpusIndex, RuleOptions.Default); }
            });
            Time("rules: local", rounds, () =>
            {
                foreach (var issue in parsed) { IssueRules.CheckLocal(issue, RuleOptions.Default); }
            });
            Time("rules: all, index given", rounds, () =>
            {
                foreach (var issue in parsed) { IssueRules.Check(issue, corpusIndex, RuleOptions.Default); }
            });

            // The recognizers on their own, over every unit of every issue (units built beforehand).
            var units = new System.Collections.Generic.List<(string Text, TextUnit[] Units)>();
            foreach (var (_, text) in files)
            {
                units.Add((text, System.Linq.Enumerable.ToArray(TextUnitReader.Read(Markdown.Parse(text, pipeline), text, SectionTaxonomy.BuiltIn))));
            }

            Time("session (walk + build)", rounds, () =>
            {
                foreach (var (text, issueUnits) in units)
                {
                    var session = new NewsletterLinter.Parsing.Markdown.IssueParseSession(text, "AN-1.md", ParserOptions.Default, new NewsletterLinter.Parsing.Text.LineMap(text));
                    session.Walk(issueUnits);
                    session.Build();
                }
            });
            Time("line maps", rounds, () =>
            {
                foreach (var (text, _) in units) { new NewsletterLinter.Parsing.Text.LineMap(text); }
            });
            Time("entry headers", rounds, () =>
            {
                foreach (var (_, issueUnits) in units) { foreach (var unit in issueUnits) { NewsletterLinter.Parsing.Markdown.EntryHeaderParser.Read(unit.Inline); } }
            });
            Time("opinion labels", rounds, () =>
            {
                foreach (var (_, issueUnits) in units) { foreach (var unit in issueUnits) { NewsletterLinter.Parsing.Markdown.OpinionLabelParser.Parse(unit.Inline); } }
            });
            Time("references", rounds, () =>
            {
                var found = new System.Collections.Generic.List<NewsletterLinter.Parsing.Model.Reference>();
                foreach (var (text, issueUnits) in units)
                {
                    var lines = new NewsletterLinter.Parsing.Text.LineMap(text);
                    foreach (var unit in issueUnits) { found.Clear(); NewsletterLinter.Parsing.Markdown.ReferenceScanner.Scan(unit.Inline, lines, found); }
                }
            });
            Time("suppressions", rounds, () =>
            {
                foreach (var (text, _) in units) { NewsletterLinter.Parsing.Markdown.SuppressionScanner.Scan(text, new NewsletterLinter.Parsing.Text.LineMap(text)); }
            });
            Time("taxonomy lookups", rounds, () =>
            {
                foreach (var (_, issueUnits) in units)
                {
                    foreach (var unit in issueUnits)
                    {
                        if (unit.Kind == TextUnitKind.Heading) { string name = NewsletterLinter.Parsing.Text.TextNormalizer.FoldWhitespace(unit.Inline.Text); if (SectionTaxonomy.BuiltIn.Find(name) is null) { SectionTaxonomy.BuiltIn.Suggest(name); } }
                    }
                }
            });
        }

        private static void Time(string name, int rounds, Action action)
        {
            // STAGE=name runs that stage alone (for a profiler).
            if (Environment.GetEnvironmentVariable("STAGE") is { Length: > 0 } only && !name.StartsWith(only, StringComparison.Ordinal))
            {
                return;
            }

            double best = double.MaxValue;
            double total = 0;
            long allocated = 0;
            int measured = rounds - (rounds / 2);
            TimeSpan pausedBefore = TimeSpan.Zero;
            int[] collectionsBefore = new int[3];
            for (int i = 0; i < rounds; i++)
            {
                if (i == rounds / 2)
                {
                    // The mean and the collections are those of the second half, once the code is hot.
                    pausedBefore = GC.GetTotalPauseDuration();
                    collectionsBefore = new[] { GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2) };
                }

                long before = GC.GetAllocatedBytesForCurrentThread();
                var watch = Stopwatch.StartNew();
                action();
                best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
                total += i >= rounds / 2 ? watch.Elapsed.TotalMilliseconds : 0;
                allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            }

            // The best round; over the second half of the rounds, the mean round and per round the
            // collections of each generation (a gen-1 collection counts as gen 0 too) and the time
            // paused for them; what one round allocates.
            double paused = (GC.GetTotalPauseDuration() - pausedBefore).TotalMilliseconds / measured;
            string collections = string.Join("/", new[] { 0, 1, 2 }.Select(g => ((GC.CollectionCount(g) - collectionsBefore[g]) / (double)measured).ToString("F2", CultureInfo.InvariantCulture)));
            Console.WriteLine($"{name,-34} {best,7:F1} ms best {total / measured,7:F1} ms mean {allocated / 1e6,7:F1} MB   gc {collections} paused {paused:F1} ms");
        }
    }
}
