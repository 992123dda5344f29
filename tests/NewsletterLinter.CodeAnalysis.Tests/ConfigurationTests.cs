using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace NewsletterLinter.CodeAnalysis.Tests
{
    public class ConfigurationTests
    {
        [Fact]
        public Task Disable_and_enable_comments() => AnalyzerTest.VerifyAsync(
            "NEWS\n\n[T](u) *(A)*: See ({|AN1001:AN #12|}).\n\n<!-- an-lint-disable AN1001 -->\n\nSee (AN #13).\n\n<!-- an-lint-enable AN1001 -->\n\nSee ({|AN1001:AN #14|}).\n");

        [Fact]
        public Task Disable_next_line_comment() => AnalyzerTest.VerifyAsync(
            "NEWS\n\n[T](u) *(A)*: Text.\n\n<!-- an-lint-disable-next-line AN1001 -->\nSee (AN #12) and ({|AN1003:AN#13|}).\n\nSee ({|AN1001:AN #14|}).\n");

        [Fact]
        public Task Disable_without_ids_silences_every_rule() => AnalyzerTest.VerifyAsync(
            "<!-- an-lint-disable -->\n\nNEWS\n\n[T](u) *(A)*: See (AN #12) and (AN#13).\n");

        [Fact]
        public Task Editor_name_option() => AnalyzerTest.VerifyAsync(
            "NEWS\n\nT (A) (summarized by Alex): Text.\n\nMy opinion: One.\n\n{|AN2003:Alex's opinion:|} Two.\n",
            ("NewsletterEditor", "Alex"));

        [Fact]
        public Task Taxonomy_file_replaces_the_built_in_one()
        {
            var test = new AnalyzerTest(("/issues/AN-042.md", "# WEEKLY PICKS\n\n## TOOLS\n\n# {|AN3003:HIGHLIGHTS|}\n"))
                .WithProperties(("NewsletterTaxonomyFile", "config/sections.txt"));
            test.TestState.AdditionalFiles.Add(("/project/config/sections.txt", "WEEKLY PICKS\n  TOOLS\nNEWS\n"));
            return test.RunAsync();
        }

        [Fact]
        public Task Global_config_can_silence_a_rule()
        {
            var test = new AnalyzerTest(("/issues/AN-042.md", "NEWS\n\n[T](u) *(A)*: See (AN #12).\n"));
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\ndotnet_diagnostic.AN1001.severity = none\n"));
            return test.RunAsync();
        }

        [Fact]
        public Task Invalid_options_are_reported_once_and_fall_back_to_defaults()
        {
            var test = new AnalyzerTest(("/issues/AN-042.md", "NEWS\n\n[T](u) *(A)*: See ({|AN1001:AN #12|}).\n"))
                .WithProperties(("NewsletterExternalIssues", "one to nine"), ("NewsletterHeaderStyle", "fancy"), ("NewsletterTaxonomyFile", "missing.txt"));
            test.ExpectedDiagnostics.Add(new DiagnosticResult("AN0005", DiagnosticSeverity.Warning).WithNoLocation().WithMessage("NewsletterExternalIssues 'one to nine' is not a range such as '1-173'; the default is used"));
            test.ExpectedDiagnostics.Add(new DiagnosticResult("AN0005", DiagnosticSeverity.Warning).WithNoLocation().WithMessage("NewsletterHeaderStyle 'fancy' is not one of consistent, setext, atx, plain; the default is used"));
            test.ExpectedDiagnostics.Add(new DiagnosticResult("AN0005", DiagnosticSeverity.Warning).WithNoLocation().WithMessage("NewsletterTaxonomyFile 'missing.txt' was not found; the default is used"));
            return test.RunAsync();
        }
    }
}
