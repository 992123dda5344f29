using System;
using System.Collections.Generic;
using System.Diagnostics.Tracing;
using System.Linq;
using NewsletterLinter.Parsing;

namespace NewsletterLinter.Benchmarks
{
    /// <summary>
    /// What <see cref="IssueParser.Parse(string, string, ParserOptions?)"/> allocates, by type: the runtime's allocation samples (one
    /// event about every 100 KB) over many parses of the corpus (<c>--allocations</c>).
    /// </summary>
    internal static class AllocationProfile
    {
        public static void Run()
        {
            var files = Corpus.Load();
            foreach (var (path, text) in files)
            {
                IssueParser.Parse(text, path);
            }

            using var listener = new AllocationListener();
            const int Rounds = 20;
            for (int round = 0; round < Rounds; round++)
            {
                foreach (var (path, text) in files)
                {
                    IssueParser.Parse(text, path);
                }
            }

            long total = listener.Bytes.Values.Sum();
            Console.WriteLine($"sampled {total / 1e6 / Rounds:F1} MB per parse of the corpus, by type:");
            foreach (var (type, bytes) in listener.Bytes.OrderByDescending(p => p.Value).Take(25).Select(p => (p.Key, p.Value)))
            {
                Console.WriteLine($"{bytes / 1e6 / Rounds,8:F2} MB  {100.0 * bytes / total,5:F1}%  {type}");
            }
        }

        private sealed class AllocationListener : EventListener
        {
            public Dictionary<string, long> Bytes { get; } = new();

            protected override void OnEventSourceCreated(EventSource source)
            {
                if (source.Name == "Microsoft-Windows-DotNETRuntime")
                {
                    EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1);
                }
            }

            protected override void OnEventWritten(EventWrittenEventArgs data)
            {
                if (data.EventName is not { } name || !name.StartsWith("GCAllocationTick", StringComparison.Ordinal) || data.PayloadNames is null)
                {
                    return;
                }

                string type = data.Payload![data.PayloadNames.IndexOf("TypeName")] as string ?? "?";
                long amount = Convert.ToInt64(data.Payload[data.PayloadNames.IndexOf("AllocationAmount64")]);
                lock (Bytes)
                {
                    Bytes[type] = (Bytes.TryGetValue(type, out long sum) ? sum : 0) + amount;
                }
            }
        }
    }
}
