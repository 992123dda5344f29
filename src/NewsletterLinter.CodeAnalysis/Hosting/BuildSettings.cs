using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis;
using NewsletterLinter.Parsing.Configuration;

namespace NewsletterLinter.CodeAnalysis.Hosting
{
    /// <summary>
    /// What the build tells the analyzers and the generator: the rule options from compiler-visible
    /// MSBuild properties, and which additional files are newsletter issues.
    /// </summary>
    internal static class BuildSettings
    {
        /// <summary>The item metadata the package's props set on issue files.</summary>
        public const string IssueMetadata = "build_metadata.AdditionalFiles.NewsletterIssue";

        /// <summary>
        /// The issue files: additional files flagged <c>NewsletterIssue=true</c>; when no file carries the
        /// flag (the analyzers referenced without the package's props), every <c>.md</c> additional file
        /// except the analyzer release-tracking files.
        /// </summary>
        public static ImmutableArray<AdditionalText> SelectIssueFiles(ImmutableArray<AdditionalText> files, AnalyzerConfigOptionsProvider provider)
            => SelectIssues(files, file => IssueFlag(file, provider), IsMarkdownIssueCandidate).ToImmutableArray();

        /// <summary>
        /// The rule the analyzers and the generator share: the flagged items when any item carries the
        /// flag, otherwise the candidates.
        /// </summary>
        public static IEnumerable<T> SelectIssues<T>(IEnumerable<T> items, Func<T, string?> flag, Func<T, bool> isCandidate)
        {
            List<T> all = items.ToList();
            return all.Any(item => flag(item) is not null)
                ? all.Where(item => flag(item) == "true")
                : all.Where(isCandidate);
        }

        /// <summary>The file's <c>NewsletterIssue</c> metadata, trimmed and in lower case, or null when it has none.</summary>
        public static string? IssueFlag(AdditionalText file, AnalyzerConfigOptionsProvider provider)
            => provider.GetOptions(file).TryGetValue(IssueMetadata, out string? value) && !string.IsNullOrWhiteSpace(value)
                ? value.Trim().ToLowerInvariant()
                : null;

        /// <summary>Whether a file would be an issue in the absence of any metadata flag.</summary>
        public static bool IsMarkdownIssueCandidate(AdditionalText file)
        {
            string name = Path.GetFileName(file.Path);
            return name.EndsWith(".md", StringComparison.OrdinalIgnoreCase)
                && !name.StartsWith("AnalyzerReleases.", StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>Reads the rule options from <c>build_property.Newsletter*</c>.</summary>
        public static RuleOptions ReadRuleOptions(AnalyzerConfigOptions globalOptions, ImmutableArray<AdditionalText> files, out List<string> errors)
        {
            return RuleOptions.FromValues(
                key => globalOptions.TryGetValue("build_property." + key, out string? value) && !string.IsNullOrWhiteSpace(value) ? value : null,
                taxonomyFile => ReadAdditionalFile(files, taxonomyFile),
                out errors);
        }

        /// <summary>The text of the additional file whose path ends with <paramref name="name"/>, if any.</summary>
        private static string? ReadAdditionalFile(ImmutableArray<AdditionalText> files, string name)
        {
            string wanted = name.Replace('\\', '/');
            foreach (AdditionalText file in files)
            {
                string path = file.Path.Replace('\\', '/');
                if (path.EndsWith("/" + wanted.TrimStart('/'), StringComparison.OrdinalIgnoreCase) || string.Equals(path, wanted, StringComparison.OrdinalIgnoreCase))
                {
                    return file.GetText()?.ToString();
                }
            }

            return null;
        }
    }
}
