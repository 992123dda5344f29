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

        /// <summary>The summary as the issue wrote it, without its header: links, emphasis, lists, code and images kept (<see cref="Text"/> is its plain form).</summary>
        public string Markdown { get; private set; } = string.Empty;

        /// <summary>The links of the summary's text, in order.</summary>
        public IReadOnlyList<Link> Links { get; private set; } = Array.Empty<Link>();

        /// <summary>Who pointed the editor to the work: the names of the header's <c>(H/T ...)</c>.</summary>
        public IReadOnlyList<string> HatTips { get; private set; } = Array.Empty<string>();

        /// <summary>What the summary names after <c>Prerequisites:</c>, as Markdown, or null.</summary>
        public string? Prerequisites { get; private set; }

        /// <summary>The category the newsletter's record files the summary under: its subsection, or its section, in sentence case.</summary>
        public string? Category { get; private set; }

        /// <summary>The summaries it cites, in order (<c>[Title](url) (AN #N)</c> in its text, its opinions and its <c>Read more</c> lines).</summary>
        public IReadOnlyList<Citation> Citations { get; private set; } = Array.Empty<Citation>();

        /// <summary>The summaries of this build that cite this one, each once, in issue order.</summary>
        public IReadOnlyList<Summary> CitedBy
        {
            get
            {
                if (_citedBy is null)
                {
                    var citing = new List<Summary>(_citedByPlaces.Length);
                    foreach ((int number, int index) in _citedByPlaces)
                    {
                        if (_resolve?.Invoke(number) is { } issue && index < issue.Summaries.Count)
                        {
                            citing.Add(issue.Summaries[index]);
                        }
                    }

                    _citedBy = citing.AsReadOnly();
                }

                return _citedBy;
            }
        }

        private (int Number, int Index)[] _citedByPlaces = Array.Empty<(int, int)>();
        private Func<int, NewsletterIssue?>? _resolve;
        private IReadOnlyList<Summary>? _citedBy;

        /// <summary>Sets what the archive keeps beyond the plain text; generated code calls this once.</summary>
        internal void SetContent(string markdown, Link[] links, string[] hatTips, string? prerequisites, string? category, Citation[] citations, (int Number, int Index)[] citedBy, Func<int, NewsletterIssue?> resolve)
        {
            Markdown = markdown ?? string.Empty;
            Links = Array.AsReadOnly(links ?? Array.Empty<Link>());
            HatTips = Array.AsReadOnly(hatTips ?? Array.Empty<string>());
            Prerequisites = prerequisites;
            Category = category;
            Citations = Array.AsReadOnly(citations ?? Array.Empty<Citation>());
            _citedByPlaces = citedBy ?? Array.Empty<(int, int)>();
            _resolve = resolve;
        }

        /// <inheritdoc/>
        public override string ToString() => Title;
    }
}
