using System.IO;
using NewsletterLinter.Tests;

namespace NewsletterLinter.Cli.Tests
{
    /// <summary>
    /// <c>lint --cache</c> and <c>fix --cache</c> never change a finding or a repair: cross-file
    /// changes re-check the issues they touch, and a file edited since the last run is fixed.
    /// </summary>
    public class CacheTests
    {
        private const string Citing = "# HIGHLIGHTS\n\n**[A Work](https://example.org/a)** *(Ann Lee)* (summarized by Rohin): Builds on [Orchard Robots That Prune](https://example.org/elsewhere) (AN #9).\n\n**Rohin's opinion:** Fine.\n";
        private const string Broken = "# HIGHLIGHTS\n\n**[A Work](https://example.org/a)** *(Ann Lee)* (summarized by Rohin): Cites AN#3 and AN # 4.\n\n**Rohin's opinion:** Fine.\n";
        private const string Cited = "# HIGHLIGHTS\n\n**[Orchard Robots That Prune](https://example.org/o)** *(Bo Chen)* (summarized by Rohin): Text.\n\n**Rohin's opinion:** Fine.\n";

        private static Cli.Result Lint(string folder, string cache, bool useCache = true)
            => useCache ? Cli.Run("lint", folder, "--format", "json", "--cache-location", cache) : Cli.Run("lint", folder, "--format", "json");

        /// <summary>Lints with the cache, asserts that the run without it finds the same, and returns the output.</summary>
        private static string LintAsWithoutCache(string folder, string cache)
        {
            string cached = Lint(folder, cache).Output;
            Assert.Equal(Lint(folder, cache, useCache: false).Output, cached);
            return cached;
        }

        [Fact]
        public void A_change_to_a_cited_issue_rechecks_the_unchanged_issue_that_cites_it()
        {
            using var folder = new TempFolder();
            using var cache = new TempFolder();
            File.WriteAllText(folder.File("AN-009.md"), Cited);
            File.WriteAllText(folder.File("AN-010.md"), Citing);

            Cli.Result first = Lint(folder.Path, cache.Path);
            Assert.DoesNotContain("AN1004", first.Output);
            Assert.True(File.Exists(Path.Combine(cache.Path, "newsletter-lint.cache")));
            Assert.Equal(first.Output, Lint(folder.Path, cache.Path).Output);

            // Only the cited issue changes: its title no longer matches what AN-010 cites.
            File.WriteAllText(folder.File("AN-009.md"), Cited.Replace("Orchard Robots That Prune", "Vineyard Drones"));
            Cli.Result cached = Lint(folder.Path, cache.Path);
            Cli.Result fresh = Lint(folder.Path, cache.Path, useCache: false);

            Assert.Contains("AN1004", cached.Output);
            Assert.Equal(fresh.Output, cached.Output);
        }

        [Fact]
        public void A_new_issue_resolves_references_in_unchanged_issues()
        {
            using var folder = new TempFolder();
            using var cache = new TempFolder();
            File.WriteAllText(folder.File("AN-010.md"), Citing);
            Assert.Contains("AN1001", Lint(folder.Path, cache.Path).Output);

            File.WriteAllText(folder.File("AN-009.md"), Cited);

            string cached = LintAsWithoutCache(folder.Path, cache.Path);
            Assert.DoesNotContain("AN1001", cached);
        }

        [Fact]
        public void The_same_files_named_another_way_give_what_they_give_without_the_cache()
        {
            using var folder = new TempFolder();
            using var cache = new TempFolder();
            File.WriteAllText(folder.File("AN-009.md"), Cited);
            File.WriteAllText(folder.File("AN-010.md"), Citing);
            // Two files claim 11: the finding names the other file as this run names it.
            File.WriteAllText(folder.File("AN-011.md"), Broken);
            File.WriteAllText(folder.File("issue-011.md"), "---\nnumber: 11\n---\n" + Broken);
            Lint(folder.Path, cache.Path);

            string other = Path.Combine(folder.Path, "..", Path.GetFileName(folder.Path));
            Cli.Result cached = Lint(other, cache.Path);
            Cli.Result fresh = Lint(other, cache.Path, useCache: false);

            Assert.Contains("AN0002", fresh.Output);
            Assert.Contains(other.Replace('\\', '/'), fresh.Output.Replace("\\\\", "/").Replace('\\', '/'));
            Assert.Equal(fresh.Output, cached.Output);
            Assert.Equal(fresh.Output, Lint(other, cache.Path).Output);
            Assert.Equal(Lint(folder.Path, cache.Path, useCache: false).Output, Lint(folder.Path, cache.Path).Output);
        }

        [Fact]
        public void A_new_issue_updates_the_numbers_a_cached_dangling_reference_lists()
        {
            using var folder = new TempFolder();
            using var cache = new TempFolder();
            File.WriteAllText(folder.File("AN-009.md"), Cited);
            File.WriteAllText(folder.File("AN-010.md"), Citing.Replace("(AN #9)", "(AN #99)"));
            Assert.Contains("known: 9-10", Lint(folder.Path, cache.Path).Output);

            // The citing file is unchanged; the numbers its finding lists are not.
            File.WriteAllText(folder.File("AN-011.md"), Cited);
            string cached = LintAsWithoutCache(folder.Path, cache.Path);

            Assert.Contains("known: 9-11", cached);
        }

        [Fact]
        public void A_new_issue_updates_the_count_a_cached_heading_finding_quotes()
        {
            using var folder = new TempFolder();
            using var cache = new TempFolder();
            for (int number = 1; number <= 3; number++)
            {
                File.WriteAllText(folder.File($"AN-00{number}.md"), Layered(number, subsectionLevel: 2));
            }

            File.WriteAllText(folder.File("AN-004.md"), Layered(4, subsectionLevel: 3));
            Assert.Contains("the convention of 3 issues", Lint(folder.Path, cache.Path).Output);

            // Another issue follows the convention: the unchanged AN-004 is held to a convention of 4.
            File.WriteAllText(folder.File("AN-005.md"), Layered(5, subsectionLevel: 2));
            string cached = LintAsWithoutCache(folder.Path, cache.Path);

            Assert.Contains("the convention of 4 issues", cached);
        }

        [Fact]
        public void A_new_file_claiming_a_number_gives_the_unchanged_issue_its_duplicate_finding()
        {
            using var folder = new TempFolder();
            using var cache = new TempFolder();
            File.WriteAllText(folder.File("AN-009.md"), Cited);
            File.WriteAllText(folder.File("AN-010.md"), Citing);
            Assert.DoesNotContain("AN0002", Lint(folder.Path, cache.Path).Output);

            File.WriteAllText(folder.File("issue-nine.md"), "---\nnumber: 9\n---\n" + Cited);
            string cached = LintAsWithoutCache(folder.Path, cache.Path);

            Assert.Contains("AN0002", cached);
        }

        [Fact]
        public void An_unrelated_new_issue_leaves_every_finding_as_without_the_cache()
        {
            using TempFolder folder = TempFolder.WithSamples();
            using var cache = new TempFolder();
            Cli.Run("lint", folder.Path, "--external", "1-173", "--format", "json", "--cache-location", cache.Path);

            File.WriteAllText(folder.File("AN-177.md"), Layered(177, subsectionLevel: 2));
            Cli.Result cached = Cli.Run("lint", folder.Path, "--external", "1-173", "--format", "json", "--cache-location", cache.Path);

            Assert.Equal(Cli.Run("lint", folder.Path, "--external", "1-173", "--format", "json").Output, cached.Output);
            Assert.Equal(cached.Output, Cli.Run("lint", folder.Path, "--external", "1-173", "--format", "json", "--cache-location", cache.Path).Output);
        }

        /// <summary>An issue with HIGHLIGHTS and a section at level 1 and a subsection at <paramref name="subsectionLevel"/>.</summary>
        private static string Layered(int number, int subsectionLevel)
            => $"# [AN #{number}]: Issue {number}\n\n# HIGHLIGHTS\n\n**[Work {number}](https://example.org/{number})** *(Ann Lee)* (summarized by Rohin): Text.\n\n**Rohin's opinion:** Fine.\n\n"
                + $"# TECHNICAL AI ALIGNMENT\n\n{new string('#', subsectionLevel)} ROBUSTNESS\n\n**[Other {number}](https://example.org/o{number})** *(Bo Chen)* (summarized by Rohin): Text.\n";

        [Fact]
        public void A_corrupt_or_foreign_cache_is_ignored()
        {
            using TempFolder folder = TempFolder.WithSamples();
            using var cache = new TempFolder();
            string expected = Lint(folder.Path, cache.Path, useCache: false).Output;
            File.WriteAllBytes(Path.Combine(cache.Path, "newsletter-lint.cache"), new byte[] { 1, 2, 3, 4, 5, 250, 251 });

            Cli.Result corrupt = Lint(folder.Path, cache.Path);
            Assert.Equal(expected, corrupt.Output);
            Assert.Equal(expected, Lint(folder.Path, cache.Path).Output);

            // A cache written under other options is not used for these.
            Cli.Run("lint", folder.Path, "--cache-location", cache.Path, "--external", "1-173");
            Assert.Equal(expected, Lint(folder.Path, cache.Path).Output);
        }

        [Fact]
        public void Fix_with_the_cache_repairs_what_fix_repairs_and_a_rerun_reports_what_fix_reports()
        {
            using var cached = new TempFolder();
            using var plain = new TempFolder();
            using var cache = new TempFolder();
            foreach (TempFolder folder in new[] { cached, plain })
            {
                File.WriteAllText(folder.File("AN-009.md"), Cited);
                File.WriteAllText(folder.File("AN-010.md"), Broken);
            }

            Cli.Result withCache = Cli.Run("fix", cached.Path, "--external", "1-8", "--cache-location", cache.Path);
            Cli.Result without = Cli.Run("fix", plain.Path, "--external", "1-8");
            Assert.Contains("Fixed 2 findings in 1 file.", withCache.Output);
            Assert.Equal(without.Output.Replace(plain.Path, cached.Path), withCache.Output);
            Assert.Equal(File.ReadAllText(plain.File("AN-010.md")), File.ReadAllText(cached.File("AN-010.md")));

            // Nothing left to fix: the rerun is answered from the cache, with the same report.
            Cli.Result rerun = Cli.Run("fix", cached.Path, "--external", "1-8", "--cache-location", cache.Path, "--format", "json");
            Cli.Result rerunWithout = Cli.Run("fix", cached.Path, "--external", "1-8", "--format", "json");
            Assert.Contains("Fixed 0 findings in 0 files.", rerun.Error);
            Assert.Equal(rerunWithout.Output, rerun.Output);
            Assert.Equal(rerunWithout.Error, rerun.Error);
            Assert.Equal(rerunWithout.ExitCode, rerun.ExitCode);

            // An issue broken again since the last run is repaired, not answered from the cache.
            File.WriteAllText(cached.File("AN-010.md"), Broken);
            Cli.Result dry = Cli.Run("fix", cached.Path, "--external", "1-8", "--cache-location", cache.Path, "--dry-run");
            Assert.Contains("would fix AN1003 x2", dry.Output);
            Assert.Equal(Broken, File.ReadAllText(cached.File("AN-010.md")));
            Cli.Result again = Cli.Run("fix", cached.Path, "--external", "1-8", "--cache-location", cache.Path);
            Assert.Contains("Fixed 2 findings in 1 file.", again.Output);
            Assert.Equal(File.ReadAllText(plain.File("AN-010.md")), File.ReadAllText(cached.File("AN-010.md")));
        }

        [Fact]
        public void Fix_with_the_cache_names_an_unreadable_file_once_whether_or_not_it_repairs()
        {
            using var folder = new TempFolder();
            using var cache = new TempFolder();
            File.WriteAllBytes(folder.File("AN-012.md"), new byte[] { 0x23, 0x20, 0xC3, 0x28, 0x0A });
            File.WriteAllText(folder.File("AN-010.md"), Broken);

            Cli.Result repairing = Cli.Run("fix", folder.Path, "--external", "1-9", "--cache-location", cache.Path);
            Cli.Result answered = Cli.Run("fix", folder.Path, "--external", "1-9", "--cache-location", cache.Path);
            Cli.Result uncached = Cli.Run("fix", folder.Path, "--external", "1-9");

            foreach (Cli.Result result in new[] { repairing, answered, uncached })
            {
                Assert.Equal(2, result.ExitCode);
                Assert.Single(result.Error.Split('\n'), line => line.Contains("AN-012.md", System.StringComparison.Ordinal));
            }

            Assert.Contains("Fixed 2 findings in 1 file.", repairing.Output);
            Assert.Contains("Fixed 0 findings in 0 files.", answered.Output);
            Assert.Equal(uncached.Error, answered.Error);
        }

        [SkippableFact]
        public void The_real_corpus_is_repaired_the_same_with_and_without_the_cache()
        {
            string corpus = TestPaths.RequireCorpus();
            using var cached = new TempFolder();
            using var plain = new TempFolder();
            using var cache = new TempFolder();
            foreach (string file in Directory.GetFiles(corpus, "*.md"))
            {
                File.Copy(file, cached.File(Path.GetFileName(file)));
                File.Copy(file, plain.File(Path.GetFileName(file)));
            }

            // The cache is filled by a lint first, so that the fix starts from cached findings.
            Cli.Run("lint", cached.Path, "--external", "1-173", "--cache-location", cache.Path);
            Cli.Result withCache = Cli.Run("fix", cached.Path, "--external", "1-173", "--format", "json", "--cache-location", cache.Path);
            Cli.Result without = Cli.Run("fix", plain.Path, "--external", "1-173", "--format", "json");

            Assert.Equal(without.Output.Replace(plain.Path, cached.Path), withCache.Output);
            foreach (string file in Directory.GetFiles(plain.Path, "*.md"))
            {
                Assert.Equal(File.ReadAllText(file), File.ReadAllText(cached.File(Path.GetFileName(file))));
            }

            Assert.Equal(
                Cli.Run("fix", plain.Path, "--external", "1-173", "--format", "json").Output.Replace(plain.Path, cached.Path),
                Cli.Run("fix", cached.Path, "--external", "1-173", "--format", "json", "--cache-location", cache.Path).Output);
        }

        [SkippableFact]
        public void The_real_corpus_gives_the_same_findings_with_and_without_the_cache()
        {
            string corpus = TestPaths.RequireCorpus();
            using var cache = new TempFolder();
            string expected = Cli.Run("lint", corpus, "--external", "1-173", "--format", "json").Output;

            Assert.Equal(expected, Cli.Run("lint", corpus, "--external", "1-173", "--format", "json", "--cache-location", cache.Path).Output);
            Assert.Equal(expected, Cli.Run("lint", corpus, "--external", "1-173", "--format", "json", "--cache-location", cache.Path).Output);
        }
    }
}
