using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis.Text;
using NewsletterLinter.Parsing;
using NewsletterLinter.Parsing.Model;

namespace NewsletterLinter.CodeAnalysis.Hosting
{
    /// <summary>
    /// Parses each issue text once per <see cref="SourceText"/> instance, so that the analyzers and the
    /// generator, which see the same texts in one build or IDE session, do not parse them twice.
    /// Entries live as long as the text does.
    /// </summary>
    internal static class IssueParseCache
    {
        private static readonly ConditionalWeakTable<SourceText, Entry> Cache = new();

        /// <summary>Called with the path of every text actually parsed (not found in the cache); for tests that count parses.</summary>
        internal static System.Action<string>? Parsed { get; set; }

        public static IssueDocument Parse(SourceText text, string path, ParserOptions options)
        {
            if (Cache.TryGetValue(text, out Entry? cached) && cached.Path == path && cached.Options.Equals(options))
            {
                return cached.Document;
            }

            IssueDocument document = IssueParser.Parse(text.ToString(), path, options);
            Parsed?.Invoke(path);
            var entry = new Entry(path, options, document);
            lock (Cache)
            {
                Cache.Remove(text);
                Cache.Add(text, entry);
            }

            return document;
        }

        private sealed class Entry
        {
            public Entry(string path, ParserOptions options, IssueDocument document)
            {
                Path = path;
                Options = options;
                Document = document;
            }

            public string Path { get; }

            public ParserOptions Options { get; }

            public IssueDocument Document { get; }
        }
    }
}
