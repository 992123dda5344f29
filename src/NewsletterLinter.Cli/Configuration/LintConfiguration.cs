using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using NewsletterLinter.Parsing.Configuration;

namespace NewsletterLinter.Cli.Configuration
{
    /// <summary>
    /// The command-line tool's configuration: the rule options under the same keys as the MSBuild
    /// properties, and severities per rule, read from <c>newsletter-lint.json</c>.
    /// </summary>
    internal sealed class LintConfiguration
    {
        public const string FileName = "newsletter-lint.json";

        private LintConfiguration(string? path, Dictionary<string, string> values, Dictionary<string, string> severities)
        {
            Path = path;
            Values = values;
            Severities = severities;
        }

        /// <summary>The file the configuration came from, or null.</summary>
        public string? Path { get; }

        /// <summary>Option values by MSBuild property name.</summary>
        public Dictionary<string, string> Values { get; }

        /// <summary>Severities by rule id: error, warning, suggestion or none.</summary>
        public Dictionary<string, string> Severities { get; }

        public static LintConfiguration Empty() => new(null, new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase), new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase));

        /// <summary>The nearest <c>newsletter-lint.json</c> in <paramref name="start"/> or a folder above it.</summary>
        public static string? Find(string start)
        {
            string? directory = Directory.Exists(start) ? System.IO.Path.GetFullPath(start) : System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(start));
            while (directory is not null)
            {
                string candidate = System.IO.Path.Combine(directory, FileName);
                if (File.Exists(candidate))
                {
                    return candidate;
                }

                directory = System.IO.Path.GetDirectoryName(directory);
            }

            return null;
        }

        /// <summary>Reads a configuration file; a malformed file is an error with a message.</summary>
        public static LintConfiguration Load(string path, out string? error)
        {
            error = null;
            LintConfiguration configuration = Empty();
            var result = new LintConfiguration(path, configuration.Values, configuration.Severities);
            try
            {
                using JsonDocument document = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
                if (document.RootElement.ValueKind != JsonValueKind.Object)
                {
                    error = $"{path}: expected a JSON object";
                    return result;
                }

                foreach (JsonProperty property in document.RootElement.EnumerateObject())
                {
                    if (property.NameEquals("Severity") || property.NameEquals("severity"))
                    {
                        if (property.Value.ValueKind != JsonValueKind.Object)
                        {
                            error = $"{path}: 'Severity' must map rule ids to error, warning, suggestion or none";
                            return result;
                        }

                        foreach (JsonProperty rule in property.Value.EnumerateObject())
                        {
                            string level = rule.Value.ToString().Trim().ToLowerInvariant();
                            if (level is not ("error" or "warning" or "suggestion" or "none"))
                            {
                                error = $"{path}: severity '{level}' of {rule.Name} is not error, warning, suggestion or none";
                                return result;
                            }

                            result.Severities[rule.Name.ToUpperInvariant()] = level;
                        }

                        continue;
                    }

                    if (!IsKnownKey(property.Name))
                    {
                        error = $"{path}: unknown key '{property.Name}'; expected {string.Join(", ", KnownKeys)} or Severity";
                        return result;
                    }

                    string value = property.Value.ValueKind == JsonValueKind.Array
                        ? string.Join(";", EnumerateStrings(property.Value))
                        : property.Value.ToString();
                    if (property.Name == RuleOptions.Keys.TaxonomyFile)
                    {
                        value = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(path)!, value);
                    }

                    result.Values[property.Name] = value;
                }
            }
            catch (Exception exception) when (exception is JsonException or IOException or UnauthorizedAccessException)
            {
                error = $"{path}: {exception.Message}";
            }

            return result;
        }

        private static readonly string[] KnownKeys =
        {
            RuleOptions.Keys.Editor, RuleOptions.Keys.OpinionSections, RuleOptions.Keys.ExternalIssues, RuleOptions.Keys.HeaderStyle, RuleOptions.Keys.TaxonomyFile,
        };

        private static bool IsKnownKey(string key) => Array.IndexOf(KnownKeys, key) >= 0;

        private static IEnumerable<string> EnumerateStrings(JsonElement array)
        {
            foreach (JsonElement item in array.EnumerateArray())
            {
                yield return item.ToString();
            }
        }
    }
}
