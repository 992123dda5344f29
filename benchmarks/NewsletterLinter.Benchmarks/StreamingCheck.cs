using System.Collections.Generic;
using System.Linq;
using System;
using NewsletterLinter.Parsing.Configuration;
using NewsletterLinter.Parsing.Corpus;
using NewsletterLinter.Parsing.Model;
using NewsletterLinter.Parsing.Rules;
using NewsletterLinter.Parsing;

namespace NewsletterLinter.Benchmarks
{
    /// <summary>
    /// Parse, index and every rule as <c>lint</c> runs them (one thread here): each issue is checked by
    /// the local rules and reduced to what the cross-file rules read while it is parsed, so no parsed
    /// issue is held until the index exists. Files are read from the last, so that the titles the later
    /// files cite with an issue's number are known, and searched in its text, when it is read; a title
    /// cited from an earlier file is searched by parsing its issue again, as the tool does.
    /// </summary>
    internal static class StreamingCheck
    {
        public static IReadOnlyList<Finding>[] Run((string Path, string Text)[] files, RuleOptions options)
        {
            ParserOptions parserOptions = options.ToParserOptions();
            var entries = new IndexedIssue?[files.Length];
            var searched = new HashSet<string>?[files.Length];
            var facts = new IssueDocument[files.Length];
            var local = new List<Finding>[files.Length];
            var cited = new Dictionary<int, HashSet<string>>();
            var citations = new List<Citation>();
            for (int i = files.Length - 1; i >= 0; i--)
            {
                IssueDocument document = IssueParser.Parse(files[i].Text, files[i].Path, parserOptions);
                local[i] = IssueRules.CheckLocal(document, options);
                facts[i] = IssueRules.CrossFileFacts(document);
                foreach (Citation citation in CorpusIndex.Citations(document))
                {
                    citations.Add(citation);
                    if (!cited.TryGetValue(citation.Number, out HashSet<string>? titles))
                    {
                        cited[citation.Number] = titles = new HashSet<string>(StringComparer.Ordinal);
                    }

                    titles.Add(citation.Title);
                }

                if (document.Number is { } number)
                {
                    searched[i] = cited.TryGetValue(number, out HashSet<string>? titles) ? new HashSet<string>(titles, StringComparer.Ordinal) : new HashSet<string>(StringComparer.Ordinal);
                    entries[i] = CorpusIndex.Describe(document).WithoutDocument(searched[i]!);
                }
            }

            // The titles cited from a file listed before their issue: that issue is parsed again to search them.
            CorpusIndex first = CorpusIndex.Build(entries.Where(e => e is not null).Select(e => e!));
            var late = new HashSet<int>(citations.Where(first.NeedsText).Select(c => c.Number));
            for (int i = 0; i < files.Length; i++)
            {
                if (entries[i] is { } entry && late.Contains(entry.Number) && !cited[entry.Number].IsSubsetOf(searched[i]!))
                {
                    entries[i] = CorpusIndex.Describe(IssueParser.Parse(files[i].Text, files[i].Path, parserOptions)).WithoutDocument(cited[entry.Number]);
                }
            }

            CorpusIndex index = CorpusIndex.Build(entries.Where(e => e is not null).Select(e => e!));
            var findings = new IReadOnlyList<Finding>[files.Length];
            for (int i = 0; i < files.Length; i++)
            {
                findings[i] = IssueRules.CheckCrossFile(facts[i], local[i], index, options);
            }

            return findings;
        }

        /// <summary>Throws unless <see cref="Run"/> finds exactly what <see cref="IssueRules.CheckAll"/> finds in <paramref name="files"/>.</summary>
        public static void AssertSameAsCheckAll((string Path, string Text)[] files, RuleOptions options)
        {
            IReadOnlyList<Finding>[] streamed = Run(files, options);
            var all = IssueRules.CheckAll(files, options);
            for (int i = 0; i < files.Length; i++)
            {
                if (!streamed[i].SequenceEqual(all[i].Findings))
                {
                    throw new InvalidOperationException($"The streaming check finds {streamed[i].Count} findings in {files[i].Path} where all rules find {all[i].Findings.Count}.");
                }
            }
        }
    }
}
