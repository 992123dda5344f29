using System;
using System.Collections.Generic;

namespace AlignmentNewsletter
{
    /// <summary>A section or subsection of an issue.</summary>
    public sealed class NewsletterSection
    {
        /// <summary>Creates a section.</summary>
        internal NewsletterSection(string name, int level, int line, NewsletterSection[] subsections)
        {
            Name = name ?? throw new ArgumentNullException(nameof(name));
            Level = level;
            Line = line;
            Subsections = Array.AsReadOnly(subsections ?? Array.Empty<NewsletterSection>());
        }

        /// <summary>The name as written, emphasis removed.</summary>
        public string Name { get; }

        /// <summary>The header level.</summary>
        public int Level { get; }

        /// <summary>The 1-based line of the header.</summary>
        public int Line { get; }

        /// <summary>The subsections, in order.</summary>
        public IReadOnlyList<NewsletterSection> Subsections { get; }

        /// <inheritdoc/>
        public override string ToString() => Name;
    }
}
