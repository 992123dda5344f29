using System.IO;
using NewsletterLinter.Tests;

namespace NewsletterLinter.Cli.Tests
{
    /// <summary><c>lint --cache</c> never changes a finding: cross-file changes re-check the issues they touch.</summary>
    public class CacheTests
    {
        private const string Citing = "# HIGHLIGHTS\n\n**[A Work](https://example.org/a)** *(Ann Lee)* (summarized by Rohin): Builds on [Orchard Robots That Prune](https://example.org/elsewhere) (AN #9).\n\n**Rohin's opinion:** Fine.\n";
        private const string Cited = "# HIGHLIGHTS\n\n**[Orchard Robots That Prune](https://example.org/o)** *(Bo Chen)* (summarized by Rohin): Text.\n\n**Rohin's opinion:** Fine.\n";

        private static Cli.Result Lint(string folder, string cache, bool useCache = true)
            => useCache ? Cli.Run("lint", folder, "--format", "json", "--cache-location", cache) : Cli.Run("lint", folder, "--format", "json");

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

            Cli.Result cached = Lint(folder.Path, cache.Path);
            Assert.DoesNotContain("AN1001", cached.Output);
            Assert.Equal(Lint(folder.Path, cache.Path, useCache: false).Output, cached.Output);
        }

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
