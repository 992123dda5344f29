using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using NewsletterLinter.Parsing.Configuration;
using NewsletterLinter.Parsing.Corpus;
using NewsletterLinter.Parsing.Model;
using NewsletterLinter.Parsing.Rules;

namespace NewsletterLinter.Parsing.Fixing
{
    /// <summary>What repairing one issue did.</summary>
    /// <param name="Path">The issue's path.</param>
    /// <param name="OriginalText">The text before.</param>
    /// <param name="Text">The text after every pass.</param>
    /// <param name="Fixed">How many findings each rule's fix repaired.</param>
    internal sealed record FixedIssue(string Path, string OriginalText, string Text, IReadOnlyDictionary<string, int> Fixed)
    {
        /// <summary>Whether the text changed.</summary>
        public bool Changed => !string.Equals(OriginalText, Text, StringComparison.Ordinal);
    }

    /// <summary>The outcome of repairing a corpus.</summary>
    /// <param name="Issues">Each issue, in input order.</param>
    /// <param name="Remaining">The findings after the last pass, per issue, in input order.</param>
    /// <param name="Passes">How many times the corpus was checked and repaired.</param>
    /// <param name="Converged">False when fixable findings were still left after <see cref="IssueFixer.MaxPasses"/> passes.</param>
    internal sealed record FixRun(IReadOnlyList<FixedIssue> Issues, IReadOnlyList<(IssueDocument Issue, IReadOnlyList<Finding> Findings)> Remaining, int Passes, bool Converged);

    /// <summary>
    /// Repairs a corpus: checks it, applies every fix the rules compute, checks again (a repaired
    /// header can change the conventions and the findings of other rules), and repeats until no
    /// fixable finding is left or <see cref="MaxPasses"/> is reached.
    /// </summary>
    internal static class IssueFixer
    {
        /// <summary>The most passes a repair makes before it reports that a fix does not converge.</summary>
        public const int MaxPasses = 6;

        /// <summary>
        /// Repairs <paramref name="files"/>; <paramref name="shouldFix"/> chooses the findings to repair.
        /// Each pass parses again only the issues the previous pass changed (the index and the
        /// cross-file rules still see every issue); <paramref name="parallelism"/> issues are parsed
        /// and checked at once. The result does not depend on it.
        /// </summary>
        public static FixRun Fix(IReadOnlyList<(string Path, string Text)> files, RuleOptions options, Func<Finding, bool> shouldFix, int parallelism = 1)
        {
            ParserOptions parserOptions = options.ToParserOptions();
            var texts = files.Select(f => f.Text).ToArray();
            var counts = files.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal)).ToArray();
            var documents = new IssueDocument[files.Count];
            ForEach(files.Count, parallelism, i => documents[i] = IssueParser.Parse(texts[i], files[i].Path, parserOptions));
            IReadOnlyList<(IssueDocument Issue, IReadOnlyList<Finding> Findings)> results = Check(documents, options, parallelism);
            int passes = 0;
            while (passes < MaxPasses)
            {
                var changed = new List<int>();
                for (int i = 0; i < files.Count; i++)
                {
                    List<Finding> fixable = results[i].Findings.Where(f => f.Fix is not null && shouldFix(f)).ToList();
                    if (fixable.Count == 0)
                    {
                        continue;
                    }

                    string next = TextEdits.Apply(texts[i], fixable.Select(f => f.Fix!.Edit).ToList(), out List<int> applied);
                    if (applied.Count == 0 || next == texts[i])
                    {
                        continue;
                    }

                    foreach (int index in applied)
                    {
                        string rule = fixable[index].RuleId;
                        counts[i][rule] = counts[i].TryGetValue(rule, out int n) ? n + 1 : 1;
                    }

                    texts[i] = next;
                    changed.Add(i);
                }

                if (changed.Count == 0)
                {
                    break;
                }

                passes++;
                ForEach(changed.Count, parallelism, k => documents[changed[k]] = IssueParser.Parse(texts[changed[k]], files[changed[k]].Path, parserOptions));
                results = Check(documents, options, parallelism);
            }

            bool converged = !results.Any(r => r.Findings.Any(f => f.Fix is not null && shouldFix(f)));
            var issues = files.Select((f, i) => new FixedIssue(f.Path, f.Text, texts[i], counts[i])).ToArray();
            return new FixRun(issues, results, passes, converged);
        }

        /// <summary>
        /// Repairs one issue against a corpus index that stays as it is (an editor's buffer among the
        /// issues of its workspace): the same passes as <see cref="Fix"/>; returns the new text.
        /// </summary>
        public static string FixOne(string text, string path, CorpusIndex index, RuleOptions options, Func<Finding, bool> shouldFix)
        {
            ParserOptions parserOptions = options.ToParserOptions();
            for (int pass = 0; pass < MaxPasses; pass++)
            {
                IssueDocument document = IssueParser.Parse(text, path, parserOptions);
                List<TextEdit> edits = IssueRules.Check(document, index, options).Where(f => f.Fix is not null && shouldFix(f)).Select(f => f.Fix!.Edit).ToList();
                string next = TextEdits.Apply(text, edits, out List<int> applied);
                if (applied.Count == 0)
                {
                    break;
                }

                text = next;
            }

            return text;
        }

        /// <summary>Every rule on every issue, against one index of them all.</summary>
        private static IReadOnlyList<(IssueDocument Issue, IReadOnlyList<Finding> Findings)> Check(IssueDocument[] documents, RuleOptions options, int parallelism)
        {
            CorpusIndex index = CorpusIndex.Build(documents);
            var findings = new IReadOnlyList<Finding>[documents.Length];
            ForEach(documents.Length, parallelism, i => findings[i] = IssueRules.Check(documents[i], index, options));
            return documents.Select((document, i) => (document, findings[i])).ToArray();
        }

        private static void ForEach(int count, int parallelism, Action<int> body)
        {
            if (parallelism <= 1 || count < 2)
            {
                for (int i = 0; i < count; i++)
                {
                    body(i);
                }

                return;
            }

            Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, body);
        }
    }
}
