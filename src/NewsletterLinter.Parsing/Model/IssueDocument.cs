using System.Collections.Generic;

namespace NewsletterLinter.Parsing.Model
{
    /// <summary>
    /// One parsed newsletter issue. Immutable and value-equal; positions are plain numbers.
    /// </summary>
    /// <param name="Path">The path the issue was read from, as given to the parser.</param>
    /// <param name="Number">The issue number, or null when none could be determined.</param>
    /// <param name="NumberSource">Where the number came from.</param>
    /// <param name="Title">The title heading, emphasis removed, or null when the issue has none.</param>
    /// <param name="TitleSpan">Where the title is written, or null.</param>
    /// <param name="Preamble">The plain text between the title and the first section.</param>
    /// <param name="Sections">The top-level sections in document order, each with its subsections.</param>
    /// <param name="Headers">Every section header in document order, flat; the same values as in <paramref name="Sections"/>.</param>
    /// <param name="Summaries">Every summary entry in document order.</param>
    /// <param name="OrphanOpinions">Opinions with no summary before them in their section.</param>
    /// <param name="References">Every cross reference in the issue, in document order, inside summaries or not.</param>
    /// <param name="Suppressions">The <c>an-lint</c> comments in the issue.</param>
    /// <param name="Problems">What the parser could not understand.</param>
    /// <param name="LineCount">The number of lines of the text.</param>
    internal sealed record IssueDocument(
        string Path,
        int? Number,
        IssueNumberSource NumberSource,
        string? Title,
        SourceSpan? TitleSpan,
        string Preamble,
        EquatableArray<Section> Sections,
        EquatableArray<Section> Headers,
        EquatableArray<Summary> Summaries,
        EquatableArray<Opinion> OrphanOpinions,
        EquatableArray<Reference> References,
        EquatableArray<Suppression> Suppressions,
        EquatableArray<ParseProblem> Problems,
        int LineCount)
    {
        /// <summary>The file name of <see cref="Path"/>.</summary>
        public string FileName => System.IO.Path.GetFileName(Path);

        /// <summary>Every opinion, on summaries and orphan, in document order.</summary>
        public IEnumerable<Opinion> AllOpinions
        {
            get
            {
                var all = new List<Opinion>(OrphanOpinions);
                foreach (Summary summary in Summaries)
                {
                    all.AddRange(summary.Opinions);
                }

                all.Sort((a, b) => a.Span.Offset.CompareTo(b.Span.Offset));
                return all;
            }
        }
    }
}
