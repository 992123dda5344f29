using System.IO;
using System.Linq;
using System;
using NewsletterLinter.Parsing.Configuration;
using NewsletterLinter.Parsing.Model;
using NewsletterLinter.Parsing.Rules;
using NewsletterLinter.Tests;

namespace NewsletterLinter.Parsing.Tests
{
    /// <summary>The forms the newsletter was published in besides Markdown posts: the email, and text whose paragraph breaks were lost.</summary>
    public class FormTests
    {
        private static readonly string EmailPath = Path.Combine(TestPaths.RepositoryRoot, "tests", "NewsletterLinter.Parsing.Tests", "Forms", "email-form.md");

        private static string EmailText => File.ReadAllText(EmailPath).Replace("\r\n", "\n");

        /// <summary>The 1-based line of the first occurrence of <paramref name="needle"/>.</summary>
        private static int LineOf(string text, string needle)
        {
            int at = text.IndexOf(needle, StringComparison.Ordinal);
            Assert.True(at >= 0, "fixture lacks " + needle);
            return text.Take(at).Count(c => c == '\n') + 1;
        }

        [Fact]
        public void Email_form_reads_as_the_issue_it_was()
        {
            string text = EmailText;
            IssueDocument issue = Parse.Text(text, "an180-email.md");

            Assert.Equal(180, issue.Number);
            Assert.Equal(IssueNumberSource.Title, issue.NumberSource);
            Assert.Equal("[AN #180]: Orchard robots and where reward models stop", issue.Title);
            Assert.DoesNotContain(issue.References, r => r.Number == 180);

            Assert.Equal(new[] { "SECTIONS", "HIGHLIGHTS", "TECHNICAL AI ALIGNMENT", "NEWS" }, issue.Sections.Select(s => s.Name));
            Section technical = issue.Sections[2];
            Assert.Equal("INTERPRETABILITY", Assert.Single(technical.Subsections).Name);
            Assert.Equal(LineOf(text, " HIGHLIGHTS\n\n[Pruning") , issue.Sections[1].Line);
            Assert.Equal(LineOf(text, " INTERPRETABILITY\n"), technical.Subsections[0].Line);
            Assert.Equal(2, technical.Subsections[0].NameSpan.Column);

            Assert.Equal(
                new[] { "Pruning Orchards With Learned Rewards", "Reading Circuits in Small Transformers", "Probing Without Labels", "Fellowship for Orchard Safety" },
                issue.Summaries.Select(s => s.Title));

            Summary pruning = issue.Summaries[0];
            Assert.Equal("https://example.org/papers/orchard", pruning.Url);
            Assert.Equal(new[] { "Mira Okafor", "Tomas Lindqvist", "Wen Hao" }, pruning.Authors);
            Assert.Equal(new[] { "Rohin" }, pruning.Summarizers);
            Assert.Equal("HIGHLIGHTS", pruning.Section);
            Assert.True(pruning.IsHighlight);
            Assert.Equal(new[] { 12 }, pruning.References.Select(r => r.Number));
            Assert.EndsWith("including:1. Overconfidence: the model scored unfamiliar bark as healthy.2. Shortcuts: the robot favoured cuts that were easy to photograph.", pruning.Text);
            Opinion rohin = Assert.Single(pruning.Opinions);
            Assert.Equal("Rohin", rohin.Author);
            Assert.StartsWith("A clean example of a learned reward", rohin.Text);
            Assert.EndsWith("deserves attention.", rohin.Text);
            Assert.Equal(LineOf(text, "[Pruning Orchards"), pruning.Line);
            Assert.Equal(2, pruning.TitleSpan.Column);

            Summary circuits = issue.Summaries[1];
            Assert.Equal(new[] { "Ines Duarte et al" }, circuits.Authors);
            Assert.Equal(new[] { "Asya" }, circuits.Summarizers);
            Assert.Equal(("TECHNICAL AI ALIGNMENT", "INTERPRETABILITY"), (circuits.Section, circuits.Subsection));
            Assert.False(circuits.IsHighlight);
            Assert.EndsWith("the head is needed to guarantee stability.", circuits.Text);
            Assert.Empty(circuits.Opinions);

            // Run into the end of the previous summary, on the same line.
            Summary probing = issue.Summaries[2];
            int probingLine = LineOf(text, "[Probing Without Labels]");
            Assert.Equal(probingLine, probing.Line);
            Assert.Equal(text.Split('\n')[probingLine - 1].IndexOf("[Probing", StringComparison.Ordinal) + 1, probing.HeaderSpan.Column);
            Assert.Equal(new[] { "Kofi Mensah" }, probing.Authors);
            Assert.Equal(new[] { "Rohin" }, probing.Summarizers);
            Assert.Equal(new[] { 171 }, probing.References.Select(r => r.Number));
            Assert.Equal(new[] { "Asya", "Rohin" }, probing.Opinions.Select(o => o.Author));
            Assert.Equal(LineOf(text, "**Asya's opinion:**"), probing.Opinions[0].LabelSpan.Line);
            Assert.Equal(3, probing.Opinions[0].LabelSpan.Column);

            Summary fellowship = issue.Summaries[3];
            Assert.Equal("NEWS", fellowship.Section);
            Assert.Equal("Applications for a one-year fellowship are open until the end of the month.", fellowship.Text);

            // Nothing of the email's scaffolding, browser link or footer became content.
            Assert.DoesNotContain(issue.Summaries, s => s.Text.Contains('|') || s.Text.Contains("Copyright"));
            Assert.DoesNotContain(issue.Problems, p => p.Kind == ParseProblemKind.UnreadEntries);
        }

        [Fact]
        public void Email_form_findings_point_at_the_file()
        {
            string text = EmailText;
            var files = new[] { ("an180-email.md", text) };
            var (_, findings) = Assert.Single(IssueRules.CheckAll(files, RuleOptions.Default with { ExternalIssues = new IssueRange(1, 170) }));

            // No reference of the issue to itself from its title line.
            Assert.DoesNotContain(findings, f => f.RuleId == RuleIds.SelfOrForwardReference && f.Message.Contains("#180"));

            // AN #171 is outside the declared range: dangling, at the reference in the run-together entry.
            Finding dangling = Assert.Single(findings, f => f.RuleId == RuleIds.DanglingReference);
            int line = LineOf(text, "(AN #171)");
            Assert.Equal(line, dangling.Span.Line);
            Assert.Equal(text.Split('\n')[line - 1].IndexOf("AN #171", StringComparison.Ordinal) + 1, dangling.Span.Column);
            Assert.Equal("AN #171", text.Substring(dangling.Span.Offset, dangling.Span.Length));

            Assert.DoesNotContain(findings, f => f.RuleId == RuleIds.UnreadEntries);
            Assert.DoesNotContain(findings, f => f.RuleId == RuleIds.MissingOpinion);
        }

        [Fact]
        public void Email_form_with_a_title_heading_below_the_browser_link_and_read_more_in_a_cell()
        {
            string text = "|  |\n| --- |\n| [View this email in your browser](https://example.org/archive) |\n |\n| \n[AN #181]: Vineyard drones\n==========================\n\n\uFEFF\nPreamble text. |\n| \nHIGHLIGHTS\n==========\n\n**[Drones That Ask](https://example.org/drones)** *(Pat Quinn)* (summarized by Rohin): A drone asks first (AN #120).\nRead more: [Paper](https://example.org/drones.pdf) |\n| Rohin's opinion: Asking is cheap. |\n";
            IssueDocument issue = Parse.Text(text, "email.md");

            Assert.Equal("[AN #181]: Vineyard drones", issue.Title);
            Assert.Equal(181, issue.Number);
            Assert.Equal(new[] { 120 }, issue.References.Select(r => r.Number));
            Summary summary = Assert.Single(issue.Summaries);
            Assert.Equal("A drone asks first (AN #120).", summary.Text);
            Assert.Equal("Paper", Assert.Single(summary.ReadMore).Text);
            Assert.Equal("Asking is cheap.", Assert.Single(summary.Opinions).Text);
        }

        [Fact]
        public void Entries_run_together_in_one_paragraph_are_split_at_each_header()
        {
            IssueDocument issue = Parse.Text(
                "HIGHLIGHTS\n\n"
                + "[First Work](https://example.org/1) *(Ann Lee)* (summarized by Rohin): The first summary ends here.[Second Work](https://example.org/2) *(Bo Chen)* (summarized by Flo): The second one ends here.\n"
                + "**Flo's opinion:** Worth reading.\n"
                + "Third Work (Cy Dart) (summarized by Asya): A third, written as plain text on its own line.Fourth Work (Di Ek) (summarized by Rohin): And a fourth, run into it.\n");

            Assert.Equal(new[] { "First Work", "Second Work", "Third Work", "Fourth Work" }, issue.Summaries.Select(s => s.Title));
            Assert.Equal("The first summary ends here.", issue.Summaries[0].Text);
            Assert.Equal("The second one ends here.", issue.Summaries[1].Text);
            Assert.Equal("Worth reading.", Assert.Single(issue.Summaries[1].Opinions).Text);
            Assert.Equal(new[] { "Asya" }, issue.Summaries[2].Summarizers);
            Assert.Equal("A third, written as plain text on its own line.", issue.Summaries[2].Text);
            Assert.Equal("And a fourth, run into it.", issue.Summaries[3].Text);
            Assert.Equal(3, issue.Summaries[1].Line);
            Assert.Equal("[First Work](https://example.org/1) *(Ann Lee)* (summarized by Rohin): The first summary ends here.".Length + 1, issue.Summaries[1].HeaderSpan.Column);
            Assert.Equal(5, issue.Summaries[3].Line);
        }

        [Fact]
        public void A_numbered_list_run_together_stays_the_summary_text()
        {
            IssueDocument issue = Parse.Text("NEWS\n\n[Work](https://example.org) *(Ann Lee)* (summarized by Rohin): Three failure modes, including:1. Evasiveness: it dodges.2. Misleading answers (AN #3): it misleads.3. Flattery.\n");

            Summary summary = Assert.Single(issue.Summaries);
            Assert.Equal("Three failure modes, including:1. Evasiveness: it dodges.2. Misleading answers (AN #3): it misleads.3. Flattery.", summary.Text);
        }

        [Fact]
        public void Section_names_on_lines_of_a_paragraph_are_headers()
        {
            IssueDocument issue = Parse.Text("TECHNICAL AI ALIGNMENT\nROBUSTNESS\n[Work](https://example.org) *(Ann Lee)* (summarized by Rohin): Text.\n");

            Assert.Equal("TECHNICAL AI ALIGNMENT", Assert.Single(issue.Sections).Name);
            Assert.Equal("ROBUSTNESS", Assert.Single(issue.Sections[0].Subsections).Name);
            Summary summary = Assert.Single(issue.Summaries);
            Assert.Equal("ROBUSTNESS", summary.Subsection);
            Assert.Equal(3, summary.Line);
        }

        [Fact]
        public void Prose_with_a_cited_work_is_not_split()
        {
            IssueDocument issue = Parse.Text("NEWS\n\n[Work](https://example.org) *(Ann Lee)* (summarized by Rohin): It builds on [an earlier paper](https://example.org/e) *(Bo Chen)*, which we covered. See also the next line.\n[Another link](https://example.org/x) is mentioned here without a header.\n");

            Summary summary = Assert.Single(issue.Summaries);
            Assert.EndsWith("is mentioned here without a header.", summary.Text);
        }

        [Fact]
        public void The_title_repeated_below_it_is_not_a_reference()
        {
            IssueDocument issue = Parse.Text("[AN #150]: Careful reward models\n================================\n\n[AN #150]: Careful reward models\n\nHIGHLIGHTS\n\n[Work](https://example.org) *(Ann Lee)* (summarized by Rohin): Cites (AN #149).\n", "an150.md");

            Assert.Equal("[AN #150]: Careful reward models", issue.Title);
            Assert.Equal(new[] { 149 }, issue.References.Select(r => r.Number));
            Assert.Equal("", issue.Preamble);
        }

        [Fact]
        public void A_title_line_in_a_paragraph_names_the_issue()
        {
            IssueDocument issue = Parse.Text("[AN #61]: Introduction\n\nHIGHLIGHTS\n", "issue.md");

            Assert.Equal(61, issue.Number);
            Assert.Equal("[AN #61]: Introduction", issue.Title);
            Assert.Empty(issue.References);
        }

        [Fact]
        public void Link_reference_definitions_named_like_titles_stay_definitions()
        {
            IssueDocument issue = Parse.Text("HIGHLIGHTS\n\n[Work][AN #5] *(Ann Lee)* (summarized by Rohin): Text.\n\n[AN #5]: https://example.org/an5\n", "AN-010.md");

            Summary summary = Assert.Single(issue.Summaries);
            Assert.Equal("https://example.org/an5", summary.Url);
        }

        [Fact]
        public void The_mailing_list_footer_is_not_content()
        {
            IssueDocument issue = Parse.Text("NEWS\n\n[Work](https://example.org) *(Ann Lee)* (summarized by Rohin): Text.\n\n**Rohin's opinion:** Good.\n\n*Copyright © 2019 Someone, All rights reserved.*\n\n[unsubscribe from this list](https://example.org/u)\n");

            Summary summary = Assert.Single(issue.Summaries);
            Assert.Equal("Good.", Assert.Single(summary.Opinions).Text);
        }

        [Fact]
        public void Entries_marked_but_not_read_are_reported_with_the_first_line()
        {
            string text = "HIGHLIGHTS\n\n[Work](https://example.org) *(Ann Lee)* (summarized by Rohin): Text.\n\n> [Quoted](https://example.org/q) *(Bo Chen)* (summarized by Flo): a header inside a quote is body text.\n";
            var (issue, findings) = Assert.Single(IssueRules.CheckAll(new[] { ("AN-042.md", text) }, RuleOptions.Default));

            Finding unread = Assert.Single(findings, f => f.RuleId == RuleIds.UnreadEntries);
            Assert.Equal(1, unread.Span.Line);
            Assert.Contains("marks 2 entries with '(summarized by ...)' but 1 was read as a summary; the first entry not read is at line 5", unread.Message);
            Assert.Single(issue.Summaries);
        }

        [Fact]
        public void A_file_with_entry_marks_and_nothing_read_is_reported()
        {
            string text = "Some text.\n\n    **Rohin's opinion:** inside a code block, nothing is read.\n";
            var (_, findings) = Assert.Single(IssueRules.CheckAll(new[] { ("AN-042.md", text) }, RuleOptions.Default));

            Finding unread = Assert.Single(findings, f => f.RuleId == RuleIds.UnreadEntries);
            Assert.Contains("marks 1 entry with opinion labels or linked titles with an author group but 0 were read", unread.Message);
            Assert.Contains("line 3", unread.Message);
        }

        [Fact]
        public void An_essay_issue_with_no_entries_is_not_reported()
        {
            string text = "[AN #200]: A retrospective\n\nWe look back at the year. Nothing here is a summary entry.\n\nThe second paragraph says so again.\n";
            var (_, findings) = Assert.Single(IssueRules.CheckAll(new[] { ("AN-200.md", text) }, RuleOptions.Default));

            Assert.DoesNotContain(findings, f => f.RuleId == RuleIds.UnreadEntries);
        }
    }
}
