using System;
using System.Collections.Generic;

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

        /// <summary>The opinion's text, plain.</summary>
        public string Text { get; }

        /// <summary>The opinion as the issue wrote it, after its label: links, emphasis, lists and code kept.</summary>
        public string Markdown { get; private set; } = string.Empty;

        /// <summary>The links of the opinion, in order.</summary>
        public IReadOnlyList<Link> Links { get; private set; } = Array.Empty<Link>();

        /// <summary>Sets what the archive keeps beyond the plain text; generated code calls this once.</summary>
        internal void SetContent(string markdown, Link[] links)
        {
            Markdown = markdown ?? string.Empty;
            Links = Array.AsReadOnly(links ?? Array.Empty<Link>());
        }

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
