using System.Threading.Tasks;

namespace NewsletterLinter.CodeAnalysis.Tests
{
    public class SectionHeaderRuleTests
    {
        [Fact]
        public Task Mixed_header_styles() => AnalyzerTest.VerifyAsync(
            "# HIGHLIGHTS\n\n# TECHNICAL AI ALIGNMENT\n\n{|AN3001:**NEWS**|}\n");

        [Fact]
        public Task Mixed_header_styles_plain_among_setext() => AnalyzerTest.VerifyAsync(
            "HIGHLIGHTS\n==========\n\nTECHNICAL AI ALIGNMENT\n======================\n\n{|AN3001:NEWS|}\n");

        [Fact]
        public Task Header_style_policy() => AnalyzerTest.VerifyAsync(
            "{|AN3001:# HIGHLIGHTS|}\n\n{|AN3001:# NEWS|}\n",
            ("NewsletterHeaderStyle", "plain"));

        [Fact]
        public Task Inconsistent_level_for_one_tier() => AnalyzerTest.VerifyAsync(
            "# HIGHLIGHTS\n\n# TECHNICAL AI ALIGNMENT\n\n{|AN3002:## NEWS|}\n");

        [Fact]
        public Task Skipped_level_is_reported_once() => AnalyzerTest.VerifyAsync(
            "# TECHNICAL AI ALIGNMENT\n\n{|AN3002:### PROBLEMS|}\n\n{|AN3002:### ROBUSTNESS|}\n\n# NEWS\n");

        [Fact]
        public Task Setext_sections_with_setext_subsections_are_consistent() => AnalyzerTest.VerifyAsync(
            "HIGHLIGHTS\n==========\n\nTECHNICAL AI ALIGNMENT\n======================\n\nPROBLEMS\n--------\n\n#### FEEDBACK\n");

        [Fact]
        public Task Unknown_section_with_suggestion() => AnalyzerTest.VerifyAsync(
            "# HIGHLIGHTS\n\n# {|AN3003:TECHNICAL AI ALIGNEMNT|}\n\n## PROBLEMS\n");

        [Fact]
        public Task Unknown_section_plain_text() => AnalyzerTest.VerifyAsync(
            "HIGHLIGHTS\n\nText.\n\n{|AN3003:TECHNICAL AI ALIGNEMNT|}\n\nNEWS\n");

        [Fact]
        public Task Misplaced_subsection() => AnalyzerTest.VerifyAsync(
            "# TECHNICAL AI ALIGNMENT\n\n## PROBLEMS\n\n# OTHER PROGRESS IN AI\n\n## {|AN3004:ROBUSTNESS|}\n");

        [Fact]
        public Task Misplaced_subsection_plain_text() => AnalyzerTest.VerifyAsync(
            "OTHER PROGRESS IN AI\n\n{|AN3004:ROBUSTNESS|}\n\nDEEP LEARNING\n");

        [Fact]
        public Task Casing_against_the_issue_convention() => AnalyzerTest.VerifyAsync(
            "# HIGHLIGHTS\n\n# TECHNICAL AI ALIGNMENT\n\n# {|AN3005:Other Progress In AI|}\n\n# {|AN3005:News|}\n");

        [Fact]
        public Task Stray_white_space() => AnalyzerTest.VerifyAsync(
            "HIGHLIGHTS\n==========\n\n {|AN3005:NEWS|}\n=====\n");

        [Fact]
        public Task Sentence_case_issue_is_consistent() => AnalyzerTest.VerifyAsync(
            "**Highlights**\n==============\n\n**Technical AI alignment**\n==========================\n\n**News**\n========\n");

        [Fact]
        public Task Duplicate_section() => AnalyzerTest.VerifyAsync(
            "# HIGHLIGHTS\n\n# NEWS\n\n# {|AN3006:NEWS|}\n");

        [Fact]
        public Task Duplicate_subsection_plain_text() => AnalyzerTest.VerifyAsync(
            "TECHNICAL AI ALIGNMENT\n\nPROBLEMS\n\nROBUSTNESS\n\n{|AN3006:PROBLEMS|}\n");

        [Fact]
        public Task Sections_out_of_order() => AnalyzerTest.VerifyAsync(
            "# HIGHLIGHTS\n\n# NEWS\n\n# {|AN3007:TECHNICAL AI ALIGNMENT|}\n");

        [Fact]
        public Task Sections_out_of_order_plain_text() => AnalyzerTest.VerifyAsync(
            "NEWS\n\n{|AN3007:HIGHLIGHTS|}\n");

        [Fact]
        public Task Inconsistent_level_in_setext() => AnalyzerTest.VerifyAsync(
            "{|AN3002:**Highlights**\n--------------|}\n\n**Technical AI alignment**\n==========================\n\n**News**\n========\n");
    }
}
