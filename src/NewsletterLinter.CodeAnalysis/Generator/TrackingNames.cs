namespace NewsletterLinter.CodeAnalysis.Generator
{
    /// <summary>The names of the generator's pipeline steps, for incrementality tests.</summary>
    internal static class TrackingNames
    {
        /// <summary>The options read from MSBuild properties.</summary>
        public const string Options = nameof(Options);

        /// <summary>One additional file parsed into an issue document (per file).</summary>
        public const string ParsedFile = nameof(ParsedFile);

        /// <summary>The generation models of the issues (per issue).</summary>
        public const string IssueModels = nameof(IssueModels);

        /// <summary>The entries of the catalog class.</summary>
        public const string CatalogEntries = nameof(CatalogEntries);

        /// <summary>Whether the compilation references the runtime library.</summary>
        public const string RuntimeAvailable = nameof(RuntimeAvailable);
    }
}
