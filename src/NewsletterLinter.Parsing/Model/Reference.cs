namespace NewsletterLinter.Parsing.Model
{
    /// <summary>
    /// A cross reference to another issue, such as <c>(AN #7)</c> or <c>[AN #7](url)</c>.
    /// </summary>
    /// <param name="Number">The referenced issue number.</param>
    /// <param name="RawText">The reference as written, such as <c>AN #7</c> or <c>AN#07</c>.</param>
    /// <param name="Span">Where the reference is written.</param>
    /// <param name="IsWellFormed">Whether it is written exactly as <c>AN #N</c> with no leading zero.</param>
    /// <param name="CitedTitle">The text of the link just before the reference, the work it cites, when there is one.</param>
    /// <param name="CitedUrl">The target of that link.</param>
    internal sealed record Reference(int Number, string RawText, SourceSpan Span, bool IsWellFormed, string? CitedTitle, string? CitedUrl)
    {
        /// <summary>The canonical spelling of this reference.</summary>
        public string CanonicalText => "AN #" + Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
