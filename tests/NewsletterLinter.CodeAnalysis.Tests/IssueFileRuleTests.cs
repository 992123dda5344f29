using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;

namespace NewsletterLinter.CodeAnalysis.Tests
{
    public class IssueFileRuleTests
    {
        [Fact]
        public Task Issue_number_missing()
            => new AnalyzerTest(("/issues/notes.md", "{|AN0001:|}Just some notes.\n")).RunAsync();

        [Fact]
        public Task Issue_number_from_the_title_is_enough()
            => new AnalyzerTest(("/issues/notes.md", "[AN #12]: The title of the issue\n===\n\nText.\n")).RunAsync();

        [Fact]
        public async Task Two_files_claim_one_number()
        {
            var test = new AnalyzerTest(
                ("/issues/AN-042.md", "[AN #42]: First\n===\n\nText.\n"),
                ("/drafts/AN-042.md", "Text.\n"));
            test.ExpectedDiagnostics.Add(new DiagnosticResult("AN0002", Microsoft.CodeAnalysis.DiagnosticSeverity.Error).WithSpan("/drafts/AN-042.md", 1, 1, 1, 1).WithMessage("Issue number 42 is also claimed by '/issues/AN-042.md'; each issue number belongs to one file"));
            test.ExpectedDiagnostics.Add(new DiagnosticResult("AN0002", Microsoft.CodeAnalysis.DiagnosticSeverity.Error).WithSpan("/issues/AN-042.md", 1, 1, 2, 4).WithMessage("Issue number 42 is also claimed by '/drafts/AN-042.md'; each issue number belongs to one file"));
            await test.RunAsync();
        }

        [Fact]
        public Task Binary_file_is_unreadable()
            => new AnalyzerTest(("/issues/AN-042.md", "{|AN0003:|}PK\0\0binary")).RunAsync();

        [Fact]
        public Task Malformed_entry_header() => AnalyzerTest.VerifyAsync(
            "# NEWS\n\n{|AN0004:**[T](u)** *(Author)*|} text that should follow a colon.\n");

        [Fact]
        public Task Malformed_entry_header_plain_text() => AnalyzerTest.VerifyAsync(
            "NEWS\n\n{|AN0004:T (Author) (summarized by Rohin and no closing parenthesis: text.|}\n");
    }
}
