using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System;
using NewsletterLinter.Parsing.Configuration;
using NewsletterLinter.Parsing.Fixing;
using NewsletterLinter.Parsing.Model;
using NewsletterLinter.Parsing.Rules;
using NewsletterLinter.Tests;

namespace NewsletterLinter.Parsing.Tests
{
    /// <summary>Repairing the real newsletter loses nothing: only headers, reference spellings and opinion labels change.</summary>
    public class CorpusFixTests
    {
        private static readonly Regex ReferenceSpelling = new(@"\b[Aa][Nn]\s*#\s*0*(\d+)", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

        [SkippableFact]
        public void Fix_then_export_keeps_every_summary_and_touches_only_the_lines_it_fixed()
        {
            string corpus = TestPaths.RequireCorpus();
            var files = Directory.GetFiles(corpus, "*.md").OrderBy(f => f, StringComparer.Ordinal).Select(f => (Path.GetFileName(f), File.ReadAllText(f))).ToList();
            RuleOptions options = RuleOptions.Default with { ExternalIssues = new IssueRange(1, 173) };
            var before = IssueRules.CheckAll(files, options);

            FixRun run = IssueFixer.Fix(files, options, _ => true);

            Assert.True(run.Converged);
            Assert.DoesNotContain(run.Remaining.SelectMany(r => r.Findings), f => f.Fix is not null);
            Assert.True(run.Issues.Count(i => i.Changed) > 30, "the archive has fixable findings in many issues");

            for (int i = 0; i < files.Count; i++)
            {
                IssueDocument original = before[i].Issue;
                IssueDocument repaired = run.Remaining[i].Issue;
                Assert.Equal(original.Number, repaired.Number);
                Assert.Equal(original.Title, repaired.Title);
                Assert.Equal(original.Summaries.Count, repaired.Summaries.Count);
                for (int s = 0; s < original.Summaries.Count; s++)
                {
                    Summary a = original.Summaries[s], b = repaired.Summaries[s];
                    Assert.Equal(a.Title, b.Title);
                    Assert.Equal(a.Url, b.Url);
                    Assert.Equal(a.Authors, b.Authors);
                    Assert.Equal(a.Summarizers, b.Summarizers);
                    Assert.Equal(a.IsHighlight, b.IsHighlight);
                    Assert.Equal(Normalize(a.Text), Normalize(b.Text));
                    Assert.Equal(a.Opinions.Select(o => Normalize(o.Text)), b.Opinions.Select(o => Normalize(o.Text)));
                    Assert.Equal(a.References.Select(r => r.Number), b.References.Select(r => r.Number));
                }

                // Every changed line of the original is a header or the line of a finding with a fix.
                var allowed = new HashSet<int>(original.Headers.SelectMany(h => Enumerable.Range(h.Span.Line, h.Span.EndLine - h.Span.Line + 1)));
                allowed.UnionWith(before[i].Findings.Where(f => f.Fix is not null).SelectMany(f => Enumerable.Range(f.Span.Line, f.Span.EndLine - f.Span.Line + 1)));
                foreach (int line in ChangedLines(run.Issues[i].OriginalText, run.Issues[i].Text))
                {
                    Assert.True(allowed.Contains(line), $"{files[i].Item1}: line {line} changed although no fixed finding is on it");
                }
            }

            // A second repair changes nothing.
            FixRun second = IssueFixer.Fix(run.Issues.Select(i => (i.Path, i.Text)).ToList(), options, _ => true);
            Assert.DoesNotContain(second.Issues, i => i.Changed);

            // On several threads the repair is the same, text for text and finding for finding.
            FixRun parallel = IssueFixer.Fix(files, options, _ => true, parallelism: 4);
            Assert.Equal(run.Passes, parallel.Passes);
            Assert.Equal(run.Issues.Select(i => i.Text), parallel.Issues.Select(i => i.Text));
            Assert.Equal(run.Issues.Select(i => string.Join(",", i.Fixed.OrderBy(p => p.Key).Select(p => p.Key + p.Value))), parallel.Issues.Select(i => string.Join(",", i.Fixed.OrderBy(p => p.Key).Select(p => p.Key + p.Value))));
            Assert.Equal(run.Remaining.SelectMany(r => r.Findings).Select(f => f.ToString()), parallel.Remaining.SelectMany(r => r.Findings).Select(f => f.ToString()));
        }

        private static string Normalize(string text) => ReferenceSpelling.Replace(text, "AN #$1");

        /// <summary>
        /// The 1-based lines of <paramref name="before"/> that a fix replaced, or after which it inserted
        /// a line (a setext underline belongs to the header line above it).
        /// </summary>
        private static IEnumerable<int> ChangedLines(string before, string after)
        {
            string[] a = before.Split('\n');
            string[] b = after.Split('\n');
            int i = 0, j = 0;
            while (i < a.Length && j < b.Length)
            {
                if (a[i] == b[j])
                {
                    i++;
                    j++;
                }
                else if (j + 1 < b.Length && a[i] == b[j + 1])
                {
                    yield return i;
                    j++;
                }
                else if (i + 1 < a.Length && a[i + 1] == b[j])
                {
                    yield return i + 1;
                    i++;
                }
                else
                {
                    yield return i + 1;
                    i++;
                    j++;
                }
            }

            for (; i < a.Length; i++)
            {
                yield return i + 1;
            }
        }
    }
}
