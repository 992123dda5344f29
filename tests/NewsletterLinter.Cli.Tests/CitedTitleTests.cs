using System.Collections.Generic;
using System.IO;
using System.Linq;
using System;
using NewsletterLinter.Cli.Commands;
using NewsletterLinter.Parsing.Configuration;
using NewsletterLinter.Parsing.Corpus;
using NewsletterLinter.Parsing.Rules;
using NewsletterLinter.Parsing;

namespace NewsletterLinter.Cli.Tests
{
    /// <summary>
    /// AN1004's searches in the text of cited issues: done while the files are read when the citing
    /// files come after the cited one, in a second pass otherwise, with the same findings either way.
    /// </summary>
    public class CitedTitleTests
    {
        private const string Cited41 = "NEWS\n\n[Earlier Work on Alignment Topics](https://x/e) *(A)*: Text that mentions Scaling Laws For Reward Models in passing.\n";
        private const string Citing42 = "NEWS\n\n[T](https://x/t) *(A)*: As in [Scaling Laws For Reward Models](https://x/s) (AN #41), unlike [Some Other Unrelated Paper](https://x/o) (AN #41).\n";
        private const string Cited99 = "NEWS\n\n[Ninety Nine](https://x/n) *(A)*: Text that mentions Reward Hacking In Practice in passing.\n";
        private const string Citing100 = "NEWS\n\n[U](https://x/u) *(A)*: As in [Reward Hacking In Practice](https://x/r) (AN #99), unlike [Another Missing Paper Title](https://x/m) (AN #99).\n";

        [Fact]
        public void Lint_finds_what_the_rules_find_whichever_file_comes_first()
        {
            // AN-100.md is listed before AN-99.md (ordinal order), so the title it cites from AN #99 is
            // searched in the second pass; AN-42.md is listed after AN-41.md, so its titles are searched
            // while AN-41.md is read.
            var files = new[] { ("AN-100.md", Citing100), ("AN-41.md", Cited41), ("AN-42.md", Citing42), ("AN-99.md", Cited99) };
            using var folder = new TempFolder();
            foreach ((string name, string text) in files)
            {
                File.WriteAllText(folder.File(name), text);
            }

            Cli.Result result = Cli.Run("lint", folder.Path, "--format", "msbuild");

            string[] reported = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
                .Where(l => l.Contains("AN1004"))
                .Select(l => Path.GetFileName(l.Substring(0, l.IndexOf('(')).Trim()) + l.Substring(l.IndexOf('(')))
                .ToArray();
            string[] expected = IssueRules.CheckAll(files, RuleOptions.Default)
                .SelectMany(r => r.Findings)
                .Where(f => f.RuleId == "AN1004")
                .Select(f => $"{f.Path}({f.Span.Line},{f.Span.Column}): info AN1004: {f.Message}")
                .ToArray();
            Assert.Equal(2, expected.Length);
            Assert.Contains(expected, e => e.Contains("Some Other Unrelated Paper"));
            Assert.Contains(expected, e => e.Contains("Another Missing Paper Title"));
            Assert.Equal(expected, reported);
        }

        [Fact]
        public void An_issue_searches_the_titles_of_every_file_after_it_once_they_are_read()
        {
            var search = new CitedTitleSearch(3);
            IndexedIssue cited = Describe("AN-41.md", Cited41);
            IReadOnlyList<Citation> citing = CorpusIndex.Citations(IssueParser.Parse(Citing42, "AN-42.md"));

            // The cited issue (file 0) is read while file 2 is still being read: it waits for it.
            search.Read(1, Array.Empty<Citation>(), null);
            search.Read(0, Array.Empty<Citation>(), cited);
            Assert.Null(search.Searched(0));

            search.Read(2, citing, Describe("AN-42.md", Citing42));
            IReadOnlyDictionary<string, bool> searched = search.Searched(0)!;
            Assert.True(searched["Scaling Laws For Reward Models"]);
            Assert.False(searched["Some Other Unrelated Paper"]);
            Assert.Equal(1, search.SearchedIssues);
        }

        [Fact]
        public void A_title_cited_from_a_file_listed_before_the_cited_one_is_left_to_the_second_pass()
        {
            var search = new CitedTitleSearch(2);
            search.Read(1, Array.Empty<Citation>(), Describe("AN-99.md", Cited99));
            search.Read(0, CorpusIndex.Citations(IssueParser.Parse(Citing100, "AN-100.md")), Describe("AN-100.md", Citing100));

            Assert.Empty(search.Searched(1)!);
            Assert.Equal(0, search.SearchedIssues);
        }

        [Fact]
        public void Issues_waiting_behind_one_slow_file_do_not_wait_without_bound()
        {
            // File 200 is never read (a slow file): the issues below it wait, but not more than 64 of them.
            var search = new CitedTitleSearch(201);
            IndexedIssue cited = Describe("AN-41.md", Cited41);
            for (int file = 199; file >= 0; file--)
            {
                search.Read(file, Array.Empty<Citation>(), cited);
            }

            Assert.NotNull(search.Searched(199));
            Assert.NotNull(search.Searched(64));
            Assert.Null(search.Searched(63));
            Assert.Null(search.Searched(0));

            search.Read(200, Array.Empty<Citation>(), null);
            Assert.NotNull(search.Searched(0));
        }

        private static IndexedIssue Describe(string path, string text) => CorpusIndex.Describe(IssueParser.Parse(text, path));
    }
}
