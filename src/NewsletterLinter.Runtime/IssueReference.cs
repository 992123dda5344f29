using System;

namespace AlignmentNewsletter
{
    /// <summary>A reference such as <c>AN #7</c> to another issue.</summary>
    public sealed class IssueReference
    {
        private readonly Func<int, NewsletterIssue?> _resolve;

        /// <summary>Creates a reference that resolves through <paramref name="resolve"/> when first asked.</summary>
        internal IssueReference(int number, Func<int, NewsletterIssue?> resolve)
        {
            Number = number;
            _resolve = resolve ?? throw new ArgumentNullException(nameof(resolve));
        }

        /// <summary>The referenced issue number.</summary>
        public int Number { get; }

        /// <summary>The referenced issue when the build contains it; otherwise null. Resolved on first use.</summary>
        public NewsletterIssue? Issue => _resolve(Number);

        /// <inheritdoc/>
        public override string ToString() => "AN #" + Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
