using System;
using System.IO;
using System.Linq;
using Markdig;

namespace NewsletterLinter.Benchmarks
{
    /// <summary>The real issues, from NEWSLETTER_CORPUS or ../shared/corpus/issues next to the repository.</summary>
    internal static class Corpus
    {
        /// <summary>The floor every ratio is taken against: Markdig with front matter and precise source locations.</summary>
        public static readonly MarkdownPipeline FloorPipeline = new MarkdownPipelineBuilder().UseYamlFrontMatter().UsePreciseSourceLocation().Build();

        /// <summary>The number of rounds a harness runs: <c>ROUNDS</c>, or <paramref name="fallback"/>.</summary>
        public static int Rounds(int fallback)
            => Environment.GetEnvironmentVariable("ROUNDS") is { } rounds ? int.Parse(rounds, System.Globalization.CultureInfo.InvariantCulture) : fallback;

        public static (string Path, string Text)[] Load()
        {
            string folder = Environment.GetEnvironmentVariable("NEWSLETTER_CORPUS") ?? FindShared();
            if (!Directory.Exists(folder))
            {
                throw new InvalidOperationException($"No corpus at '{folder}'; set NEWSLETTER_CORPUS to a folder of issues.");
            }

            return Directory.GetFiles(folder, "*.md").OrderBy(f => f, StringComparer.Ordinal).Select(f => (Path.GetFileName(f), File.ReadAllText(f))).ToArray();
        }

        private static string FindShared()
        {
            string? directory = AppContext.BaseDirectory;
            while (directory is not null && !File.Exists(Path.Combine(directory, "Linter.sln")))
            {
                directory = Path.GetDirectoryName(directory);
            }

            return Path.GetFullPath(Path.Combine(directory ?? ".", "..", "shared", "corpus", "issues"));
        }
    }
}
