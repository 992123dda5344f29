using System;
using System.IO;
using System.Linq;
using NewsletterLinter.Parsing.Model;
using NewsletterLinter.Tests;
using Xunit.Abstractions;

namespace NewsletterLinter.Parsing.Tests
{
    /// <summary>The real newsletter, from <c>NEWSLETTER_CORPUS</c>.</summary>
    public class CorpusTests
    {
        private readonly ITestOutputHelper _output;

        public CorpusTests(ITestOutputHelper output) => _output = output;

        [SkippableFact]
        public void Every_real_issue_parses_with_its_number_and_a_plausible_count_of_summaries()
        {
            string corpus = TestPaths.RequireCorpus();
            string[] files = Directory.GetFiles(corpus, "*.md", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal).ToArray();
            Assert.NotEmpty(files);

            int summaries = 0, opinions = 0, references = 0, highlights = 0, sections = 0, numbered = 0;
            foreach (string file in files)
            {
                IssueDocument issue = IssueParser.Parse(File.ReadAllText(file), Path.GetFileName(file));
                Assert.DoesNotContain(issue.Problems, p => p.Kind == ParseProblemKind.UnreadableText);
                if (Path.GetFileNameWithoutExtension(file).Skip(3).All(char.IsDigit))
                {
                    Assert.True(issue.Number is not null, file + " has no issue number");
                    Assert.Equal(int.Parse(Path.GetFileNameWithoutExtension(file).Substring(3)), issue.Number);
                    numbered++;
                }

                summaries += issue.Summaries.Count;
                opinions += issue.AllOpinions.Count();
                references += issue.References.Count;
                highlights += issue.Summaries.Count(s => s.IsHighlight);
                sections += issue.Headers.Count;
                Assert.All(issue.Summaries, s => Assert.False(string.IsNullOrWhiteSpace(s.Title)));
            }

            double perIssue = (double)summaries / files.Length;
            _output.WriteLine($"{files.Length} files ({numbered} numbered issues): {summaries} summaries ({perIssue:F1} per issue), {highlights} highlights, {opinions} opinions, {references} references, {sections} section headers");
            Console.WriteLine($"Corpus totals: {files.Length} files, {summaries} summaries ({perIssue:F1} per issue), {highlights} highlights, {opinions} opinions, {references} references, {sections} section headers");
            Assert.InRange(perIssue, 8, 16);
            Assert.True(opinions > summaries / 3, "too few opinions found");
            Assert.True(references > files.Length, "too few references found");
        }

        [SkippableFact]
        public void Entries_that_name_summarizers_are_all_found()
        {
            string corpus = TestPaths.RequireCorpus();
            foreach (string file in Directory.GetFiles(corpus, "*.md"))
            {
                string text = File.ReadAllText(file);
                int markers = CountOccurrences(text, "(summarized by ") + CountOccurrences(text, "(summarised by ");
                IssueDocument issue = IssueParser.Parse(text, Path.GetFileName(file));
                Assert.True(markers == issue.Summaries.Count(s => s.HasExplicitSummarizers), $"{Path.GetFileName(file)}: {markers} '(summarized by' markers, {issue.Summaries.Count(s => s.HasExplicitSummarizers)} entries with summarizers");
            }
        }

        private static int CountOccurrences(string text, string value)
        {
            int count = 0, index = 0;
            while ((index = text.IndexOf(value, index, StringComparison.OrdinalIgnoreCase)) >= 0)
            {
                count++;
                index += value.Length;
            }

            return count;
        }
    }
}
