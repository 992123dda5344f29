using System.Globalization;

namespace NewsletterLinter.Cli.Output
{
    /// <summary>Counts in words: <c>1 issue</c>, <c>2 issues</c>.</summary>
    internal static class Plural
    {
        public static string Of(int count, string singular, string? plural = null)
            => count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? singular : plural ?? singular + "s");
    }
}
