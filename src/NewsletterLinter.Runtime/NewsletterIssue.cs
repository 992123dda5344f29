using System;
using System.Collections.Generic;

namespace AlignmentNewsletter
{
    /// <summary>
    /// One issue of the newsletter. The generator derives a class per issue from this type, with a
    /// property per summary; <c>Newsletter.All</c> and <c>Newsletter.Find</c> list the issues.
    /// </summary>
    public abstract class NewsletterIssue
    {
        private IReadOnlyList<Summary> _summaries = Array.Empty<Summary>();
        private IReadOnlyList<NewsletterSection> _sections = Array.Empty<NewsletterSection>();

        /// <summary>Creates an issue; the generated constructor then calls <see cref="Initialize"/>.</summary>
        protected NewsletterIssue(int number, string? title, string fileName, string preamble)
        {
            Number = number;
            Title = title;
            FileName = fileName ?? throw new ArgumentNullException(nameof(fileName));
            Preamble = preamble ?? string.Empty;
        }

        /// <summary>The issue number, as in <c>AN #99</c>; 0 for a file flagged as an issue that has no number (see <see cref="HasNumber"/>).</summary>
        public int Number { get; }

        /// <summary>Whether the issue has a number; one that has none (a retrospective) is listed in <c>Newsletter.Unnumbered</c>, not in <c>Newsletter.All</c>.</summary>
        public bool HasNumber => Number > 0;

        /// <summary>The issue's title, or null when the issue has none.</summary>
        public string? Title { get; }

        /// <summary>The name of the Markdown file the issue was generated from.</summary>
        public string FileName { get; }

        /// <summary>The text before the first section.</summary>
        public string Preamble { get; }

        /// <summary>The top-level sections in document order, each with its subsections.</summary>
        public IReadOnlyList<NewsletterSection> Sections => _sections;

        /// <summary>Every summary entry of the issue, in document order.</summary>
        public IReadOnlyList<Summary> Summaries => _summaries;

        /// <summary>The summaries of the HIGHLIGHTS section.</summary>
        public IEnumerable<Summary> Highlights
        {
            get
            {
                foreach (Summary summary in _summaries)
                {
                    if (summary.IsHighlight)
                    {
                        yield return summary;
                    }
                }
            }
        }

        /// <summary>Sets the summaries and sections once they are built.</summary>
        protected void Initialize(Summary[] summaries, NewsletterSection[] sections)
        {
            _summaries = Array.AsReadOnly(summaries ?? throw new ArgumentNullException(nameof(summaries)));
            _sections = Array.AsReadOnly(sections ?? throw new ArgumentNullException(nameof(sections)));
        }

        /// <inheritdoc/>
        public override string ToString() => Title ?? "AN #" + Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
