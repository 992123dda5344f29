using System;

namespace AlignmentNewsletter
{
    /// <summary>An opinion on a summary.</summary>
    public sealed class Opinion
    {
        /// <summary>Creates an opinion.</summary>
        internal Opinion(string author, string text)
        {
            Author = author ?? throw new ArgumentNullException(nameof(author));
            Text = text ?? string.Empty;
        }

        /// <summary>Whose opinion it is; <c>My opinion</c> is the editor's.</summary>
        public string Author { get; }

        /// <summary>The opinion's text.</summary>
        public string Text { get; }

        /// <inheritdoc/>
        public override string ToString() => Author + "'s opinion: " + Text;
    }

    /// <summary>A link of a <c>Read more:</c> line.</summary>
    public sealed class ReadMoreLink
    {
        /// <summary>Creates a link.</summary>
        internal ReadMoreLink(string text, string? url)
        {
            Text = text ?? string.Empty;
            Url = url;
        }

        /// <summary>The link text.</summary>
        public string Text { get; }

        /// <summary>The link target, or null when the issue gave none.</summary>
        public string? Url { get; }

        /// <inheritdoc/>
        public override string ToString() => Text;
    }
}
