namespace NewsletterLinter.Parsing.Model
{
    /// <summary>What the parser could not understand.</summary>
    internal enum ParseProblemKind
    {
        /// <summary>No issue number in front matter, title or file name.</summary>
        NoIssueNumber,

        /// <summary>The text is empty, binary, not UTF-8 or over the size limit.</summary>
        UnreadableText,

        /// <summary>A paragraph looks like a summary entry but its header is malformed.</summary>
        MalformedEntryHeader,

        /// <summary>The text marks more summary entries than were read.</summary>
        UnreadEntries,
    }

    /// <summary>Something in an issue the parser could not understand; never thrown, always recorded.</summary>
    /// <param name="Kind">What kind of problem.</param>
    /// <param name="Message">What is wrong and what was expected.</param>
    /// <param name="Span">Where.</param>
    internal sealed record ParseProblem(ParseProblemKind Kind, string Message, SourceSpan Span);
}
