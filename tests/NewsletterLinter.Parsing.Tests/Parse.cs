using NewsletterLinter.Parsing;
using NewsletterLinter.Parsing.Model;

namespace NewsletterLinter.Parsing.Tests
{
    internal static class Parse
    {
        public static IssueDocument Text(string text, string path = "AN-042.md", ParserOptions? options = null)
            => IssueParser.Parse(text.Replace("\r\n", "\n"), path, options);
    }
}
