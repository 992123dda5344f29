using System;
using System.IO;
using Xunit;

namespace NewsletterLinter.Tests
{
    /// <summary>Where the tests find the repository's samples and the real newsletter corpus.</summary>
    internal static class TestPaths
    {
        private static readonly Lazy<string> RepositoryRootValue = new(FindRepositoryRoot);

        /// <summary>The folder holding Linter.sln.</summary>
        public static string RepositoryRoot => RepositoryRootValue.Value;

        /// <summary><c>samples/issues</c>.</summary>
        public static string SampleIssues => Path.Combine(RepositoryRoot, "samples", "issues");

        /// <summary>The path of one sample issue.</summary>
        public static string Sample(string fileName) => Path.Combine(SampleIssues, fileName);

        /// <summary>
        /// The folder of real issues named by <c>NEWSLETTER_CORPUS</c>. Without it the calling test is
        /// skipped, except in CI (<c>CI=true</c>), where a missing corpus fails the test.
        /// </summary>
        public static string RequireCorpus()
        {
            string? corpus = Environment.GetEnvironmentVariable("NEWSLETTER_CORPUS");
            bool inCi = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
            if (string.IsNullOrWhiteSpace(corpus) || !Directory.Exists(corpus))
            {
                string reason = string.IsNullOrWhiteSpace(corpus)
                    ? "NEWSLETTER_CORPUS is not set"
                    : $"NEWSLETTER_CORPUS points to '{corpus}', which does not exist";
                if (inCi)
                {
                    throw new InvalidOperationException(reason + "; in CI the real corpus is required.");
                }

                Skip.If(true, reason + "; set it to the folder of real issues to run this test.");
            }

            return corpus!;
        }

        /// <summary>
        /// The folder of Markdown no one here wrote (the CommonMark specification) named by
        /// <c>NEWSLETTER_PEERS</c>; skipped without it, a failure in CI, as <see cref="RequireCorpus"/>.
        /// </summary>
        public static string RequirePeers()
        {
            string? peers = Environment.GetEnvironmentVariable("NEWSLETTER_PEERS");
            if (string.IsNullOrWhiteSpace(peers) || !File.Exists(Path.Combine(peers, "commonmark-spec.txt")))
            {
                string reason = string.IsNullOrWhiteSpace(peers)
                    ? "NEWSLETTER_PEERS is not set"
                    : $"NEWSLETTER_PEERS points to '{peers}', which holds no commonmark-spec.txt";
                if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
                {
                    throw new InvalidOperationException(reason + "; in CI the peers' Markdown is required.");
                }

                Skip.If(true, reason + "; set it to the folder holding commonmark-spec.txt to run this test.");
            }

            return peers!;
        }

        private static string FindRepositoryRoot()
        {
            string? directory = AppContext.BaseDirectory;
            while (directory is not null)
            {
                if (File.Exists(Path.Combine(directory, "Linter.sln")))
                {
                    return directory;
                }

                directory = Path.GetDirectoryName(directory);
            }

            throw new InvalidOperationException("Linter.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
