using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System;
using Markdig;
using NewsletterLinter.Parsing.Configuration;
using NewsletterLinter.Parsing.Rules;
using NewsletterLinter.Parsing;

namespace NewsletterLinter.Benchmarks
{
    /// <summary>
    /// The parse and the parse with every rule against bare Markdig, as ratios taken round by round
    /// (<c>--ratios</c>; <c>ROUNDS</c> sets the number of rounds, 300 by default). Each round times
    /// Markdig, <see cref="IssueParser.Parse(string, string, ParserOptions?)"/> and the check as
    /// <c>lint</c> runs it over the whole corpus, in an order that turns every round (<c>COLLECT=1</c>:
    /// each after a full collection, as BenchmarkDotNet does between iterations; by default the
    /// collector runs as it would in the tool). The three are timed within a tenth of
    /// a second of each other, so a machine whose speed drifts over minutes moves all three alike:
    /// the ratio of a round is steadier than the ratio of two means measured minutes apart, which is
    /// what a benchmark run one method after another gives on this machine.
    /// </summary>
    internal static class Ratios
    {
        public static void Run()
        {
            var files = Corpus.Load();
            var pipeline = Corpus.FloorPipeline;
            int rounds = Corpus.Rounds(300);
            bool collect = Environment.GetEnvironmentVariable("COLLECT") == "1";
            RuleOptions options = RuleOptions.Default with { ExternalIssues = new IssueRange(1, 173) };
            StreamingCheck.AssertSameAsCheckAll(files, options);

            Action[] stages =
            {
                () =>
                {
                    foreach (var (_, text) in files) { Markdown.Parse(text, pipeline); }
                },
                () =>
                {
                    foreach (var (path, text) in files) { IssueParser.Parse(text, path); }
                },
                () => StreamingCheck.Run(files, options),
            };

            // Warm-up: every stage at its final tier before anything is kept.
            for (int i = 0; i < 60; i++)
            {
                foreach (Action stage in stages)
                {
                    stage();
                }
            }

            var times = new double[stages.Length][];
            for (int s = 0; s < stages.Length; s++)
            {
                times[s] = new double[rounds];
            }

            for (int round = 0; round < rounds; round++)
            {
                for (int k = 0; k < stages.Length; k++)
                {
                    int s = (round + k) % stages.Length;
                    if (collect)
                    {
                        GC.Collect();
                        GC.WaitForPendingFinalizers();
                        GC.Collect();
                    }

                    var watch = Stopwatch.StartNew();
                    stages[s]();
                    times[s][round] = watch.Elapsed.TotalMilliseconds;
                }
            }

            Console.WriteLine($"{rounds} rounds over {files.Length} issues{(collect ? ", a full collection before each stage" : string.Empty)}; each ratio is a round's time over Markdig's in the same round");
            Console.WriteLine($"{"stage",-40} {"best",8} {"median",8}   {"ratio: median",14} {"p10-p90",12} {"of best rounds",15}");
            Report("Markdig.Parse (precise locations)", times[0], times[0]);
            Report("IssueParser.Parse", times[1], times[0]);
            Report("parse + index + all rules, as lint", times[2], times[0]);
        }

        private static void Report(string name, double[] stage, double[] floor)
        {
            double[] ratios = stage.Select((t, i) => t / floor[i]).OrderBy(x => x).ToArray();
            double[] sorted = stage.OrderBy(x => x).ToArray();
            string F(double x) => x.ToString("F2", CultureInfo.InvariantCulture);
            Console.WriteLine(
                $"{name,-40} {F(sorted[0]),5} ms {F(Percentile(sorted, 0.5)),5} ms   {F(Percentile(ratios, 0.5)) + "x",14} {F(Percentile(ratios, 0.1)) + "-" + F(Percentile(ratios, 0.9)),12} {F(sorted[0] / floor.Min()) + "x",15}");
        }

        private static double Percentile(double[] sorted, double p) => sorted[(int)Math.Round(p * (sorted.Length - 1))];
    }
}
