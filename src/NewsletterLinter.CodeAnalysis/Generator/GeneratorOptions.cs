using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using NewsletterLinter.Parsing.Configuration;

namespace NewsletterLinter.CodeAnalysis.Generator
{
    /// <summary>What the build tells the generator, read from compiler-visible MSBuild properties. Value-equal.</summary>
    /// <param name="Namespace">The namespace of the generated types (<c>NewsletterNamespace</c>).</param>
    /// <param name="IsPublic">Whether the generated types are public (<c>NewsletterCatalogVisibility</c>).</param>
    /// <param name="EditorName">Who <c>My opinion</c> belongs to (<c>NewsletterEditor</c>).</param>
    /// <param name="TaxonomyFile">The taxonomy file that replaces the built-in one, if any.</param>
    internal sealed record GeneratorOptions(string Namespace, bool IsPublic, string EditorName, string? TaxonomyFile)
    {
        public const string DefaultNamespace = "AlignmentNewsletter";

        public const string NamespaceProperty = "NewsletterNamespace";

        public const string VisibilityProperty = "NewsletterCatalogVisibility";

        public static GeneratorOptions Read(AnalyzerConfigOptions options)
        {
            string ns = Get(options, NamespaceProperty) ?? DefaultNamespace;
            if (!IsValidNamespace(ns))
            {
                ns = DefaultNamespace;
            }

            string visibility = Get(options, VisibilityProperty) ?? "public";
            string editor = Get(options, RuleOptions.Keys.Editor) ?? "Rohin";
            return new GeneratorOptions(ns, !string.Equals(visibility.Trim(), "internal", System.StringComparison.OrdinalIgnoreCase), editor.Trim(), Get(options, RuleOptions.Keys.TaxonomyFile));
        }

        /// <summary>Whether <paramref name="name"/> is a dotted sequence of C# identifiers, none a keyword.</summary>
        public static bool IsValidNamespace(string name)
        {
            foreach (string part in name.Split('.'))
            {
                if (!SyntaxFacts.IsValidIdentifier(part) || SyntaxFacts.GetKeywordKind(part) != SyntaxKind.None)
                {
                    return false;
                }
            }

            return true;
        }

        private static string? Get(AnalyzerConfigOptions options, string key)
            => options.TryGetValue("build_property." + key, out string? value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
    }
}
