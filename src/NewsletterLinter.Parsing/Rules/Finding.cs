using NewsletterLinter.Parsing.Model;

namespace NewsletterLinter.Parsing.Rules
{
    /// <summary>A replacement of a range of the text.</summary>
    /// <param name="Offset">Where the replaced range starts.</param>
    /// <param name="Length">How long the replaced range is.</param>
    /// <param name="NewText">What replaces it.</param>
    internal sealed record TextEdit(int Offset, int Length, string NewText);

    /// <summary>A mechanical repair of a finding.</summary>
    /// <param name="Title">What the repair does, as a code fix title.</param>
    /// <param name="Edit">The edit to apply.</param>
    internal sealed record FindingFix(string Title, TextEdit Edit);

    /// <summary>What a rule found in one issue.</summary>
    /// <param name="RuleId">The rule, such as <c>AN1001</c>.</param>
    /// <param name="Path">The path.</param>
    /// <param name="Span">Where in the issue.</param>
    /// <param name="Message">What is wrong and what is expected.</param>
    /// <param name="Fix">The repair, for fixable findings.</param>
    internal sealed record Finding(string RuleId, string Path, SourceSpan Span, string Message, FindingFix? Fix = null)
    {
        /// <summary>The rule's catalog entry.</summary>
        public RuleInfo Rule => RuleCatalog.Get(RuleId);
    }
}
