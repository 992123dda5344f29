
namespace NewsletterLinter.Parsing.Model
{
    /// <summary>
    /// A range of an issue's text. Lines and columns are 1-based; the column counts UTF-16 code
    /// units from the start of the line. The offset is 0-based into the text as read.
    /// </summary>
    internal readonly record struct SourceSpan(int Offset, int Length, int Line, int Column, int EndLine, int EndColumn)
    {
        /// <summary>A span that points nowhere, used for findings about a whole file.</summary>
        public static readonly SourceSpan None = new(0, 0, 1, 1, 1, 1);

        /// <summary>The offset just past the span.</summary>
        public int End => Offset + Length;

        /// <summary>Whether <paramref name="offset"/> lies inside the span.</summary>
        public bool Contains(int offset) => offset >= Offset && offset < End;

        /// <inheritdoc/>
        public override string ToString() => $"({Line},{Column})-({EndLine},{EndColumn})";
    }
}
