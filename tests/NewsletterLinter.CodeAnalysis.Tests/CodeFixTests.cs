using System.Threading.Tasks;

namespace NewsletterLinter.CodeAnalysis.Tests
{
    public class CodeFixTests
    {
        [Theory]
        [InlineData("AN#7", "AN #7")]
        [InlineData("AN # 7", "AN #7")]
        [InlineData("an #7", "AN #7")]
        [InlineData("AN #07", "AN #7")]
        public async Task Malformed_reference(string written, string expected)
        {
            string fixedText = await CodeFixHarness.ApplyFirstFixAsync($"NEWS\n\n[T](u) *(A)*: See ([{written}](https://x)).\n", "AN1003", ("NewsletterExternalIssues", "1-41"));

            Assert.Equal($"NEWS\n\n[T](u) *(A)*: See ([{expected}](https://x)).\n", fixedText);
        }

        [Theory]
        [InlineData("**Rohins opinion:** Text.", "**Rohin's opinion:** Text.")]
        [InlineData("**Rohin's opinion** Text.", "**Rohin's opinion:** Text.")]
        [InlineData("**rohin's Opinion:** Text.", "**Rohin's opinion:** Text.")]
        [InlineData("**my opinion:** Text.", "**My opinion:** Text.")]
        [InlineData("Rohins opinion: Text.", "Rohin's opinion: Text.")]
        public async Task Malformed_opinion_label(string written, string expected)
        {
            string fixedText = await CodeFixHarness.ApplyFirstFixAsync($"NEWS\n\n[T](u) *(A)*: Body.\n\n{written}\n", "AN2005");

            Assert.Equal($"NEWS\n\n[T](u) *(A)*: Body.\n\n{expected}\n", fixedText);
        }

        [Fact]
        public async Task Mixed_header_style_is_rewritten_in_the_issue_style()
        {
            string fixedText = await CodeFixHarness.ApplyFirstFixAsync("# HIGHLIGHTS\n\n# TECHNICAL AI ALIGNMENT\n\n**NEWS**\n\nText.\n", "AN3001");

            Assert.Equal("# HIGHLIGHTS\n\n# TECHNICAL AI ALIGNMENT\n\n# NEWS\n\nText.\n", fixedText);
        }

        [Fact]
        public async Task Mixed_header_style_to_setext()
        {
            string fixedText = await CodeFixHarness.ApplyFirstFixAsync("HIGHLIGHTS\n==========\n\nTECHNICAL AI ALIGNMENT\n======================\n\nNEWS\n\nText.\n", "AN3001");

            Assert.Equal("HIGHLIGHTS\n==========\n\nTECHNICAL AI ALIGNMENT\n======================\n\nNEWS\n====\n\nText.\n", fixedText);
        }

        [Fact]
        public async Task Heading_level_of_an_atx_header()
        {
            string fixedText = await CodeFixHarness.ApplyFirstFixAsync("# HIGHLIGHTS\n\n# TECHNICAL AI ALIGNMENT\n\n## NEWS\n", "AN3002");

            Assert.Equal("# HIGHLIGHTS\n\n# TECHNICAL AI ALIGNMENT\n\n# NEWS\n", fixedText);
        }

        [Fact]
        public async Task Heading_level_of_a_setext_header()
        {
            string fixedText = await CodeFixHarness.ApplyFirstFixAsync("**Highlights**\n--------------\n\n**Technical AI alignment**\n==========================\n\n**News**\n========\n", "AN3002");

            Assert.Equal("**Highlights**\n==============\n\n**Technical AI alignment**\n==========================\n\n**News**\n========\n", fixedText);
        }

        [Fact]
        public async Task Skipped_levels_are_all_fixed_one_after_the_other()
        {
            string fixedText = await CodeFixHarness.ApplyAllFixesAsync("# TECHNICAL AI ALIGNMENT\n\n### PROBLEMS\n\n### ROBUSTNESS\n\n# NEWS\n", "AN3002");

            Assert.Equal("# TECHNICAL AI ALIGNMENT\n\n## PROBLEMS\n\n## ROBUSTNESS\n\n# NEWS\n", fixedText);
        }

        [Fact]
        public async Task Unknown_section_takes_the_suggestion()
        {
            string fixedText = await CodeFixHarness.ApplyFirstFixAsync("# HIGHLIGHTS\n\n# TECHNICAL AI ALIGNEMNT\n", "AN3003");

            Assert.Equal("# HIGHLIGHTS\n\n# TECHNICAL AI ALIGNMENT\n", fixedText);
        }

        [Fact]
        public async Task Header_casing_and_white_space()
        {
            string fixedText = await CodeFixHarness.ApplyAllFixesAsync("# HIGHLIGHTS\n\n# TECHNICAL AI ALIGNMENT\n\n#  Other progress in AI \n\n **[Problems](x)**\n", "AN3005");

            Assert.Equal("# HIGHLIGHTS\n\n# TECHNICAL AI ALIGNMENT\n\n# OTHER PROGRESS IN AI\n\n **[Problems](x)**\n", fixedText);
        }

        [Fact]
        public async Task Stray_space_before_a_setext_header()
        {
            string fixedText = await CodeFixHarness.ApplyFirstFixAsync("HIGHLIGHTS\n==========\n\n NEWS\n=====\n", "AN3005");

            Assert.Equal("HIGHLIGHTS\n==========\n\nNEWS\n=====\n", fixedText);
        }

        [Fact]
        public async Task Fixing_the_rule_breaking_sample_removes_its_fixable_findings()
        {
            string text = System.IO.File.ReadAllText(NewsletterLinter.Tests.TestPaths.Sample("AN-176.md"));
            foreach (string id in new[] { "AN1003", "AN2005", "AN3001", "AN3002", "AN3003", "AN3005" })
            {
                text = await CodeFixHarness.ApplyAllFixesAsync(text, id);
            }

            var remaining = await CodeFixHarness.DiagnosticsAsync(CodeFixHarness.CreateProject(text));
            Assert.DoesNotContain(remaining, d => d.Id is "AN1003" or "AN2005" or "AN3001" or "AN3002" or "AN3003" or "AN3005");
            Assert.Contains("(AN #137)", text);
            Assert.Contains("**Rohin's opinion:** The label", text);
            Assert.Contains("## ROBUSTNESS\n", text);
        }
    }
}
