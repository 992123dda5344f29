using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis.Text;
using NewsletterLinter.Parsing;
using NewsletterLinter.Parsing.Model;

namespace NewsletterLinter.CodeAnalysis.Generator
{
    /// <summary>
    /// The content of each issue's summaries (<see cref="ParsedFile.ContentOf"/>) once per parse of
    /// a <see cref="SourceText"/>: a command-line build computes it ahead on every core
    /// (<c>ParseAhead</c>), and the parse step, which runs on one thread, finds it done.
    /// </summary>
    internal static class SummaryContentCache
    {
        private static readonly ConditionalWeakTable<SourceText, Entry> Cache = new();

        public static EquatableArray<SummaryContent> Get(SourceText text, IssueDocument document, ParserOptions options)
        {
            if (Cache.TryGetValue(text, out Entry? cached) && ReferenceEquals(cached.Document, document))
            {
                return cached.Content;
            }

            EquatableArray<SummaryContent> content = ParsedFile.ContentOf(text.ToString(), document, options);
            lock (Cache)
            {
                Cache.Remove(text);
                Cache.Add(text, new Entry(document, content));
            }

            return content;
        }

        private sealed class Entry
        {
            public Entry(IssueDocument document, EquatableArray<SummaryContent> content)
            {
                Document = document;
                Content = content;
            }

            public IssueDocument Document { get; }

            public EquatableArray<SummaryContent> Content { get; }
        }
    }
}
