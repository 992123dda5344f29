using System.Diagnostics;
using System.Globalization;
using System;
using NewsletterLinter.Parsing.Configuration;
using NewsletterLinter.Parsing.Rules;

namespace NewsletterLinter.Benchmarks
{
    /// <summary>
    /// The check as <c>lint</c> runs it, timed round by round from a cold start, with no warm-up
    /// (<c>--cold-check</c>; <c>ROUNDS</c> sets the rounds, 8 by default): how many rounds the
    /// runtime needs before the code is at its last tier, which a <c>lint</c> run of half a second
    /// never reaches. Run it with <c>DOTNET_TieredPGO=0</c> to match the tool's setting.
    /// </summary>
    internal static class ColdCheck
    {
        public static void Run()
        {
            var files = Corpus.Load();
            int rounds = Corpus.Rounds(8);
            for (int round = 1; round <= rounds; round++)
            {
                TimeSpan pausedBefore = GC.GetTotalPauseDuration();
                var watch = Stopwatch.StartNew();
                StreamingCheck.Run(files, RuleOptions.Default);
                double elapsed = watch.Elapsed.TotalMilliseconds;
                double paused = (GC.GetTotalPauseDuration() - pausedBefore).TotalMilliseconds;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"round {round}: {elapsed,7:F0} ms, of which the collector paused {paused:F0} ms"));
            }
        }
    }
}
