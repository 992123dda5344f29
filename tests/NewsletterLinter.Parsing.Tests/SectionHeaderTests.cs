using System.Linq;
using NewsletterLinter.Parsing.Model;

namespace NewsletterLinter.Parsing.Tests
{
    public class SectionHeaderTests
    {
        [Fact]
        public void Setext_headers_give_sections_and_subsections()
        {
            IssueDocument issue = Parse.Text("HIGHLIGHTS\n==========\n\nTECHNICAL AI ALIGNMENT\n======================\n\nROBUSTNESS\n----------\n\nNEWS\n====\n");

            Assert.Equal(new[] { "HIGHLIGHTS", "TECHNICAL AI ALIGNMENT", "NEWS" }, issue.Sections.Select(s => s.Name));
            Section alignment = issue.Sections[1];
            Section robustness = Assert.Single(alignment.Subsections);
            Assert.Equal("ROBUSTNESS", robustness.Name);
            Assert.Equal(2, robustness.Level);
            Assert.Equal(HeaderStyle.Setext, robustness.Style);
            Assert.Equal(SectionTier.Subsection, robustness.Tier);
            Assert.Equal(7, robustness.Line);
            Assert.Equal(4, issue.Headers.Count);
        }

        [Fact]
        public void Atx_headers_with_bold_inside_are_named_without_the_emphasis()
        {
            IssueDocument issue = Parse.Text("# **Highlights**\n\n# Technical AI alignment\n\n### **Learning human intent**\n\n#### **FEEDBACK**\n");

            Assert.Equal(new[] { "Highlights", "Technical AI alignment", "FEEDBACK" }, issue.Sections.Select(s => s.Name));
            Section intent = Assert.Single(issue.Sections[1].Subsections);
            Assert.Equal("Learning human intent", intent.Name);
            Assert.Equal("LEARNING HUMAN INTENT", intent.CanonicalName);
            Assert.Equal(3, intent.Level);
            Assert.Equal("### **Learning human intent**", intent.RawText);
            Assert.Equal(SectionTier.Footer, issue.Sections[2].Tier);
            Assert.Equal(4, issue.Sections[2].Level);
        }

        [Fact]
        public void Bold_paragraph_headers_are_recognized_for_known_names_only()
        {
            IssueDocument issue = Parse.Text("**Highlights**\n\n**Time**\n\n**PODCAST**\n");

            Assert.Equal(new[] { "Highlights", "PODCAST" }, issue.Headers.Select(h => h.Name));
            Assert.All(issue.Headers, h => Assert.Equal(HeaderStyle.BoldParagraph, h.Style));
        }

        [Fact]
        public void Plain_capitals_take_their_tier_from_the_taxonomy()
        {
            IssueDocument issue = Parse.Text("HIGHLIGHTS\n\nTECHNICAL AI ALIGNMENT\n\n  ROBUSTNESS  \n\nMISCELLANEOUS (ALIGNMENT)\n\nOTHER PROGRESS IN AI\n");

            Assert.Equal(new[] { "HIGHLIGHTS", "TECHNICAL AI ALIGNMENT", "OTHER PROGRESS IN AI" }, issue.Sections.Select(s => s.Name));
            Assert.Equal(new[] { "ROBUSTNESS", "MISCELLANEOUS (ALIGNMENT)" }, issue.Sections[1].Subsections.Select(s => s.Name));
            Assert.All(issue.Headers, h => Assert.Equal(HeaderStyle.PlainCapitals, h.Style));
            Assert.Equal(1, issue.Sections[0].Level);
            Assert.Equal(2, issue.Sections[1].Subsections[0].Level);
            Assert.Equal("  ROBUSTNESS  ", issue.Sections[1].Subsections[0].RawText);
        }

        [Fact]
        public void A_plain_title_case_line_with_a_known_name_is_a_header()
        {
            IssueDocument issue = Parse.Text("Highlights\n\n**[T](u)** *(A)*: text\n");

            Assert.Equal("Highlights", Assert.Single(issue.Sections).Name);
            Assert.True(Assert.Single(issue.Summaries).IsHighlight);
        }

        [Fact]
        public void A_misspelled_capitals_header_is_kept_as_an_unknown_section()
        {
            IssueDocument issue = Parse.Text("HIGHLIGHTS\n\nText.\n\nTECHNICAL AI ALIGNEMNT\n\nMore.\n");

            Section unknown = issue.Sections[1];
            Assert.Equal("TECHNICAL AI ALIGNEMNT", unknown.Name);
            Assert.False(unknown.IsKnown);
            Assert.Null(unknown.CanonicalName);
        }

        [Fact]
        public void Mixed_styles_in_one_issue_are_all_recorded()
        {
            IssueDocument issue = Parse.Text("HIGHLIGHTS\n==========\n\n# TECHNICAL AI ALIGNMENT\n\n**News**\n\nPODCAST\n");

            Assert.Equal(
                new[] { HeaderStyle.Setext, HeaderStyle.Atx, HeaderStyle.BoldParagraph, HeaderStyle.PlainCapitals },
                issue.Headers.Select(h => h.Style));
        }

        [Fact]
        public void The_table_of_contents_holds_no_entries()
        {
            IssueDocument issue = Parse.Text("SECTIONS\n========\n\n**[HIGHLIGHTS](about:blank#HIGHLIGHTS)**\n\n**[NEWS](about:blank#NEWS)**\n\nHIGHLIGHTS\n==========\n\n**[T](u)** *(A)*: text\n");

            Assert.Equal(new[] { "SECTIONS", "HIGHLIGHTS" }, issue.Sections.Select(s => s.Name));
            Assert.Equal("T", Assert.Single(issue.Summaries).Title);
        }

        [Fact]
        public void Unknown_headings_before_the_first_section_structure_the_preamble()
        {
            IssueDocument issue = Parse.Text("[AN #163]: Finite factored sets\n===\n\nMotivation\n----------\n\nWhy.\n");

            Assert.Empty(issue.Headers);
            Assert.Equal("Motivation\n\nWhy.", issue.Preamble);
        }

        [Fact]
        public void A_name_that_is_both_section_and_subsection_takes_its_tier_from_its_level()
        {
            IssueDocument asSection = Parse.Text("Highlights\n==========\n\nSummary: Inverse Reinforcement Learning\n=======================================\n\n[T](u) *(A)*: x\n");
            IssueDocument asSubsection = Parse.Text("Technical AI alignment\n======================\n\n### Summary: Inverse Reinforcement Learning\n\n[T](u) *(A)*: x\n");

            Assert.Equal(2, asSection.Sections.Count);
            Assert.False(Assert.Single(asSection.Summaries).IsHighlight);
            Assert.Equal("Summary: Inverse Reinforcement Learning", asSection.Summaries[0].Section);
            Assert.Equal("Summary: Inverse Reinforcement Learning", Assert.Single(Assert.Single(asSubsection.Sections).Subsections).Name);
            Assert.Equal("Technical AI alignment", asSubsection.Summaries[0].Section);
        }

        [Fact]
        public void A_custom_taxonomy_file_is_read_with_its_errors()
        {
            var taxonomy = NewsletterLinter.Parsing.Taxonomy.SectionTaxonomy.Parse("WEEKLY PICKS | Weekly picks\n  TOOLS\n  \n  ORPHAN | x | bogus\nNEWS\nNEWS\n");

            Assert.Equal(new[] { "WEEKLY PICKS", "TOOLS", "ORPHAN", "NEWS" }, taxonomy.Entries.Select(e => e.Name));
            Assert.Equal(2, taxonomy.Errors.Count);
            Assert.Equal("TOOLS", taxonomy.Find("tools")!.Name);
            Assert.Equal("NEWS", taxonomy.Suggest("NEWZ")!.Name);
            Assert.Null(taxonomy.Suggest("SOMETHING ELSE ENTIRELY"));
        }
    }
}
