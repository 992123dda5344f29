using System;
using System.Collections.Generic;

namespace AlignmentNewsletter
{
    /// <summary>One summary entry of an issue, with its opinions and references.</summary>
    public sealed class Summary
    {
        /// <summary>Creates a summary; generated code calls this.</summary>
        internal Summary(
            NewsletterIssue issue,
            string title,
            string? url,
            string[] authors,
            string[] summarizers,
            string? section,
            string? subsection,
            bool isHighlight,
            string text,
            int line,
            Opinion[] opinions,
            IssueReference[] references,
            ReadMoreLink[] readMore)
        {
            Issue = issue ?? throw new ArgumentNullException(nameof(issue));
            Title = title ?? throw new ArgumentNullException(nameof(title));
            Url = url;
            Authors = Array.AsReadOnly(authors ?? Array.Empty<string>());
            Summarizers = Array.AsReadOnly(summarizers ?? Array.Empty<string>());
            Section = section;
            Subsection = subsection;
            IsHighlight = isHighlight;
            Text = text ?? string.Empty;
            Line = line;
            Opinions = Array.AsReadOnly(opinions ?? Array.Empty<Opinion>());
            References = Array.AsReadOnly(references ?? Array.Empty<IssueReference>());
            ReadMore = Array.AsReadOnly(readMore ?? Array.Empty<ReadMoreLink>());
        }

        /// <summary>The issue the summary is in.</summary>
        public NewsletterIssue Issue { get; }

        /// <summary>The title of the summarized work.</summary>
        public string Title { get; }

        /// <summary>The link to the work, or null.</summary>
        public string? Url { get; }

        /// <summary>The authors as written; <c>A et al</c> is one name.</summary>
        public IReadOnlyList<string> Authors { get; }

        /// <summary>Who summarized the work.</summary>
        public IReadOnlyList<string> Summarizers { get; }

        /// <summary>The section the summary is in, or null.</summary>
        public string? Section { get; }

        /// <summary>The subsection the summary is in, or null.</summary>
        public string? Subsection { get; }

        /// <summary>Whether the summary is one of the issue's highlights.</summary>
        public bool IsHighlight { get; }

        /// <summary>The summary's text, paragraphs separated by a blank line.</summary>
        public string Text { get; }

        /// <summary>The 1-based line of the summary in its Markdown file.</summary>
        public int Line { get; }

        /// <summary>The opinions on the summary, in order.</summary>
        public IReadOnlyList<Opinion> Opinions { get; }

        /// <summary>The references to other issues made in the summary and its opinions.</summary>
        public IReadOnlyList<IssueReference> References { get; }

        /// <summary>The links of its <c>Read more:</c> lines.</summary>
        public IReadOnlyList<ReadMoreLink> ReadMore { get; }

        /// <inheritdoc/>
        public override string ToString() => Title;
    }
}
