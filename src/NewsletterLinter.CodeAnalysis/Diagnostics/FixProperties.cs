using System.Collections.Immutable;
using System.Globalization;
using NewsletterLinter.Parsing.Rules;

namespace NewsletterLinter.CodeAnalysis.Diagnostics
{
    /// <summary>
    /// Carries a finding's fix in the diagnostic's properties, so that the code fix provider applies the
    /// very edit the rule computed instead of working it out again.
    /// </summary>
    internal static class FixProperties
    {
        /// <summary>The fix's title.</summary>
        public const string Title = "NewsletterFixTitle";

        /// <summary>The offset of the replaced range.</summary>
        public const string Offset = "NewsletterFixOffset";

        /// <summary>The length of the replaced range.</summary>
        public const string Length = "NewsletterFixLength";

        /// <summary>The replacement text.</summary>
        public const string NewText = "NewsletterFixText";

        /// <summary>The properties of a fix.</summary>
        public static ImmutableDictionary<string, string?> Create(FindingFix fix)
            => ImmutableDictionary<string, string?>.Empty
                .Add(Title, fix.Title)
                .Add(Offset, fix.Edit.Offset.ToString(CultureInfo.InvariantCulture))
                .Add(Length, fix.Edit.Length.ToString(CultureInfo.InvariantCulture))
                .Add(NewText, fix.Edit.NewText);

        /// <summary>Reads a fix back; null when the properties hold none.</summary>
        public static FindingFix? Read(ImmutableDictionary<string, string?> properties)
        {
            if (!properties.TryGetValue(Title, out string? title) || title is null
                || !properties.TryGetValue(Offset, out string? offset) || !int.TryParse(offset, NumberStyles.None, CultureInfo.InvariantCulture, out int start)
                || !properties.TryGetValue(Length, out string? length) || !int.TryParse(length, NumberStyles.None, CultureInfo.InvariantCulture, out int count)
                || !properties.TryGetValue(NewText, out string? text) || text is null)
            {
                return null;
            }

            return new FindingFix(title, new TextEdit(start, count, text));
        }
    }
}
