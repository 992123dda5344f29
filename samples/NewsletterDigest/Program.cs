using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AlignmentNewsletter;

namespace NewsletterDigest
{
    /// <summary>
    /// Prints what a reader of the newsletter wants from a stack of issues: the highlights with their
    /// opinions, who summarized what, and which earlier issues are cited most. Every name below
    /// (Newsletter.All, Newsletter.AN099, Summaries, Opinions, References) is generated at build time
    /// from the Markdown issues in samples/issues.
    /// </summary>
    internal static class Program
    {
        private static int Main(string[] args)
        {
            if (args.Length == 2 && args[0] == "--issue" && int.TryParse(args[1], NumberStyles.None, CultureInfo.InvariantCulture, out int number))
            {
                NewsletterIssue? issue = Newsletter.Find(number);
                if (issue is null)
                {
                    Console.Error.WriteLine($"No issue AN #{number} in this build; it has {string.Join(", ", Newsletter.Numbers)}.");
                    return 2;
                }

                PrintIssue(issue);
                return 0;
            }

            if (args.Length > 0)
            {
                Console.Error.WriteLine("usage: NewsletterDigest [--issue N]");
                return 2;
            }

            PrintHighlights();
            PrintSummarizers();
            PrintCitations();
            return 0;
        }

        private static void PrintHighlights()
        {
            Console.WriteLine("HIGHLIGHTS");
            Console.WriteLine("==========");
            foreach (NewsletterIssue issue in Newsletter.All)
            {
                foreach (Summary highlight in issue.Highlights)
                {
                    Console.WriteLine();
                    Console.WriteLine($"AN #{issue.Number}: {highlight.Title}");
                    if (highlight.Authors.Count > 0)
                    {
                        Console.WriteLine($"  by {string.Join(", ", highlight.Authors)}; summarized by {string.Join(" and ", highlight.Summarizers)}");
                    }

                    foreach (Opinion opinion in highlight.Opinions)
                    {
                        Console.WriteLine($"  {opinion.Author}'s opinion: {FirstSentence(opinion.Text)}");
                    }
                }
            }

            // A typed property, checked by the compiler: renaming the summary in AN-099.md breaks this line.
            Summary efficiency = Newsletter.AN099.AIAndEfficiency;
            Console.WriteLine();
            Console.WriteLine($"(The first highlight of AN #99, by name: '{efficiency.Title}', {efficiency.Opinions.Count} opinion, cites AN #{efficiency.References[0].Number}.)");
            Console.WriteLine();
        }

        private static void PrintSummarizers()
        {
            Console.WriteLine("WHO SUMMARIZED WHAT");
            Console.WriteLine("===================");
            var bySummarizer = Newsletter.All
                .SelectMany(issue => issue.Summaries)
                .SelectMany(summary => summary.Summarizers.Select(name => (Name: name, Summary: summary)))
                .GroupBy(pair => pair.Name)
                .OrderByDescending(group => group.Count())
                .ThenBy(group => group.Key, StringComparer.Ordinal);
            foreach (var group in bySummarizer)
            {
                Console.WriteLine($"{group.Key}: {group.Count()} {(group.Count() == 1 ? "summary" : "summaries")}");
                foreach (var (_, summary) in group.Take(3))
                {
                    Console.WriteLine($"  AN #{summary.Issue.Number}: {summary.Title}");
                }
            }

            Console.WriteLine();
        }

        private static void PrintCitations()
        {
            Console.WriteLine("MOST CITED EARLIER ISSUES");
            Console.WriteLine("=========================");
            IEnumerable<IGrouping<int, IssueReference>> cited = Newsletter.All
                .SelectMany(issue => issue.Summaries)
                .SelectMany(summary => summary.References)
                .GroupBy(reference => reference.Number)
                .OrderByDescending(group => group.Count())
                .ThenBy(group => group.Key)
                .Take(8);
            foreach (IGrouping<int, IssueReference> group in cited)
            {
                NewsletterIssue? target = group.First().Issue;
                string where = target is null ? "not in this build" : $"in this build: {target.Summaries.Count} summaries";
                Console.WriteLine($"AN #{group.Key}: cited {group.Count()} {(group.Count() == 1 ? "time" : "times")} ({where})");
            }
        }

        private static void PrintIssue(NewsletterIssue issue)
        {
            Console.WriteLine(issue.Title ?? $"AN #{issue.Number}");
            foreach (NewsletterSection section in issue.Sections)
            {
                Console.WriteLine($"- {section.Name}");
                foreach (NewsletterSection subsection in section.Subsections)
                {
                    Console.WriteLine($"  - {subsection.Name}");
                }
            }

            foreach (Summary summary in issue.Summaries)
            {
                Console.WriteLine();
                Console.WriteLine($"{summary.Title} ({string.Join(", ", summary.Authors)}) (summarized by {string.Join(" and ", summary.Summarizers)})");
                Console.WriteLine("  " + FirstSentence(summary.Text));
            }
        }

        private static string FirstSentence(string text)
        {
            int end = text.IndexOf(". ", StringComparison.Ordinal);
            string sentence = end > 0 ? text.Substring(0, end + 1) : text;
            return sentence.Length <= 160 ? sentence : sentence.Substring(0, 157) + "...";
        }
    }
}
