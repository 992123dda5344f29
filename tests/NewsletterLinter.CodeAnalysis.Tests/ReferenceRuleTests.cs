using System.Threading.Tasks;

namespace NewsletterLinter.CodeAnalysis.Tests
{
    public class ReferenceRuleTests
    {
        [Fact]
        public Task Dangling_reference_in_markdown() => AnalyzerTest.VerifyAsync(
            "# HIGHLIGHTS\n\n**[T](https://x)** *(A)* (summarized by Rohin): See ({|AN1001:AN #12|}).\n\n**Rohin's opinion:** Fine.\n");

        [Fact]
        public Task Dangling_reference_in_plain_text() => AnalyzerTest.VerifyAsync(
            "HIGHLIGHTS\n\nT (A) (summarized by Rohin): See ({|AN1001:AN #12|}).\n\nRohin's opinion: Fine.\n");

        [Fact]
        public Task External_range_resolves_references() => AnalyzerTest.VerifyAsync(
            "HIGHLIGHTS\n\nT (A) (summarized by Rohin): See (AN #12) and ({|AN1001:AN #200|}).\n\nRohin's opinion: Fine.\n",
            ("NewsletterExternalIssues", "1-41"));

        [Fact]
        public Task References_between_issues_of_the_corpus_resolve()
            => new AnalyzerTest(
                ("/issues/AN-041.md", "NEWS\n\n[Earlier Work on Alignment Topics](https://x/e) *(A)*: Text.\n"),
                ("/issues/AN-042.md", "NEWS\n\n[T](u) *(A)*: As in [Earlier Work on Alignment Topics](https://x/e) (AN #41) and ({|AN1002:AN #42|}).\n"))
                .RunAsync();

        [Fact]
        public Task Malformed_references() => AnalyzerTest.VerifyAsync(
            "NEWS\n\n[T](u) *(A)*: See ({|AN1003:AN#7|}), ({|AN1003:AN # 7|}), ({|AN1003:an #7|}) and ({|AN1003:AN #07|}).\n",
            ("NewsletterExternalIssues", "1-41"));

        [Fact]
        public Task Cited_title_not_in_the_referenced_issue()
            => new AnalyzerTest(
                ("/issues/AN-041.md", "NEWS\n\n[Earlier Work on Alignment Topics](https://x/e) *(A)*: Text.\n"),
                ("/issues/AN-042.md", "NEWS\n\n[T](u) *(A)*: As in [Some Other Unrelated Paper](https://x/o) ({|AN1004:AN #41|}), and [this post](https://x/p) ({|AN1005:AN #41|}) cites no summary of AN #41 either.\n"))
                .RunAsync();

        [Fact]
        public Task Citations_resolve_to_a_summary_by_its_work_or_its_title()
            => new AnalyzerTest(
                ("/issues/AN-041.md", "NEWS\n\n[Earlier Work](https://www.alignmentforum.org/posts/AbC123/earlier-work) *(A)*: Text.\n\n[A Paper](https://arxiv.org/abs/1606.03476v2) *(B)*: Text.\n"),
                ("/issues/AN-042.md", "NEWS\n\n[T](u) *(A)*: As [argued](/posts/AbC123/earlier-work) (AN #41), [the paper](http://arxiv.org/pdf/1606.03476.pdf) (AN #41), "
                    + "**[Earlier Work](https://other.example/earlier)** (**AN #41**), and [the pdf](https://x/paper.pdf) ({|AN1005:AN #41|}).\n"))
                .RunAsync();

        [Fact]
        public Task Self_and_later_references_in_plain_text()
            => new AnalyzerTest(
                ("/issues/AN-042.md", "NEWS\n\nT (A) (summarized by Rohin): Here ({|AN1002:AN #42|}) and later ({|AN1002:AN #43|}).\n"),
                ("/issues/AN-043.md", "NEWS\n\nU (B) (summarized by Rohin): Text.\n"))
                .RunAsync();

        [Fact]
        public Task Malformed_references_in_plain_text() => AnalyzerTest.VerifyAsync(
            "NEWS\n\nT (A) (summarized by Rohin): See ({|AN1003:AN#7|}) and ({|AN1003:an #7|}).\n",
            ("NewsletterExternalIssues", "1-41"));
    }
}
