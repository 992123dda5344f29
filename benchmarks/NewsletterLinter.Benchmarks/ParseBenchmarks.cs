using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using Markdig;
using NewsletterLinter.Parsing.Configuration;
using NewsletterLinter.Parsing.Corpus;
using NewsletterLinter.Parsing.Model;
using NewsletterLinter.Parsing.Rules;
using NewsletterLinter.Parsing;

namespace NewsletterLinter.Benchmarks
{
    /// <summary>
    /// Parse and all rules over the real corpus, against a bare Markdig parse of the same texts
    /// (the floor: the parser is built on Markdig).
    /// </summary>
    [MemoryDiagnoser]
    public class ParseBenchmarks
    {
        private static readonly Markdig.MarkdownPipeline Pipeline = Corpus.FloorPipeline;
        private (string Path, string Text)[] _files = System.Array.Empty<(string, string)>();
        private readonly RuleOptions _options = RuleOptions.Default with { ExternalIssues = new IssueRange(1, 173) };

        [GlobalSetup]
        public void Setup()
        {
            _files = Corpus.Load();
            StreamingCheck.AssertSameAsCheckAll(_files, _options);
        }

        [Benchmark(Baseline = true, Description = "Markdig.Parse (precise locations)")]
        public int MarkdigOnly()
        {
            int blocks = 0;
            foreach ((string _, string text) in _files)
            {
                blocks += Markdig.Markdown.Parse(text, Pipeline).Count;
            }

            return blocks;
        }

        [Benchmark(Description = "Markdig.Parse (default pipeline)")]
        public int MarkdigDefault()
        {
            int blocks = 0;
            foreach ((string _, string text) in _files)
            {
                blocks += Markdig.Markdown.Parse(text).Count;
            }

            return blocks;
        }

        [Benchmark(Description = "IssueParser.Parse")]
        public int ParseOnly()
        {
            int summaries = 0;
            foreach ((string path, string text) in _files)
            {
                summaries += IssueParser.Parse(text, path).Summaries.Count;
            }

            return summaries;
        }

        [Benchmark(Description = "Parse + index + all rules")]
        public int ParseAndCheck()
        {
            int findings = 0;
            foreach ((IssueDocument _, IReadOnlyList<Finding> issueFindings) in IssueRules.CheckAll(_files, _options))
            {
                findings += issueFindings.Count;
            }

            return findings;
        }

        [Benchmark(Description = "Parse + index + all rules, as lint runs them (no parsed issue held)")]
        public int ParseAndCheckStreaming()
        {
            int findings = 0;
            foreach (IReadOnlyList<Finding> issueFindings in StreamingCheck.Run(_files, _options))
            {
                findings += issueFindings.Count;
            }

            return findings;
        }
    }
}
