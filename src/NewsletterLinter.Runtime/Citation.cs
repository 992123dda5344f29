using System;

namespace AlignmentNewsletter
{
    /// <summary>
    /// A citation of another summary: a link followed by <c>(AN #N)</c>, such as
    /// <c>**[Corrigibility](https://...)** (AN #35)</c>. The build resolves it to the summary of that
    /// work in issue N (by the work's link, then by its title) when the build holds one.
    /// </summary>
    public sealed class Citation
    {
        private readonly Func<int, NewsletterIssue?> _resolve;
        private readonly int _summaryIndex;

        /// <summary>Creates a citation of the summary at <paramref name="summaryIndex"/> of issue <paramref name="number"/> (-1: none).</summary>
        internal Citation(string text, string? url, int number, int summaryIndex, Func<int, NewsletterIssue?> resolve)
        {
            Text = text ?? string.Empty;
            Url = url;
            Number = number;
            _summaryIndex = summaryIndex;
            _resolve = resolve ?? throw new ArgumentNullException(nameof(resolve));
        }

        /// <summary>The text of the link, as the citing summary words it.</summary>
        public string Text { get; }

        /// <summary>The link's target, or null when the link has none.</summary>
        public string? Url { get; }

        /// <summary>The number of the cited issue.</summary>
        public int Number { get; }

        /// <summary>The cited issue when the build contains it; otherwise null.</summary>
        public NewsletterIssue? Issue => _resolve(Number);

        /// <summary>
        /// The cited summary, or null when the build does not hold issue <see cref="Number"/> or that
        /// issue summarizes no work with this link or title (rule AN1005 reports the latter).
        /// </summary>
        public Summary? Summary
        {
            get
            {
                NewsletterIssue? issue = _summaryIndex < 0 ? null : Issue;
                return issue is not null && _summaryIndex < issue.Summaries.Count ? issue.Summaries[_summaryIndex] : null;
            }
        }

        /// <inheritdoc/>
        public override string ToString() => Text + " (AN #" + Number.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")";
    }

    /// <summary>A link in a summary's or an opinion's text.</summary>
    public sealed class Link
    {
        /// <summary>Creates a link.</summary>
        internal Link(string text, string? url)
        {
            Text = text ?? string.Empty;
            Url = url;
        }

        /// <summary>The link's text, plain.</summary>
        public string Text { get; }

        /// <summary>The link's target (a root-relative LessWrong path made absolute), or null for a link without one.</summary>
        public string? Url { get; }

        /// <inheritdoc/>
        public override string ToString() => Text;
    }
}
