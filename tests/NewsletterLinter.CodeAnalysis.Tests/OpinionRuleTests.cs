using System.Threading.Tasks;

namespace NewsletterLinter.CodeAnalysis.Tests
{
    public class OpinionRuleTests
    {
        [Fact]
        public Task Missing_opinion_in_highlights_markdown() => AnalyzerTest.VerifyAsync(
            "# HIGHLIGHTS\n\n**[{|AN2001:No Opinion Here|}](https://x)** *(A)* (summarized by Rohin): Text.\n\n**[Has One](https://y)** *(B)* (summarized by Flo): Text.\n\n**Flo's opinion:** Good.\n\n# NEWS\n\n**[News Item](https://z)** *(C)*: No opinion needed here.\n");

        [Fact]
        public Task Missing_opinion_in_highlights_plain_text() => AnalyzerTest.VerifyAsync(
            "HIGHLIGHTS\n\n{|AN2001:No Opinion Here|} (A) (summarized by Rohin): Text.\n\nNEWS\n\nNews Item (C) (summarized by Rohin): No opinion needed.\n");

        [Fact]
        public Task Sections_that_require_opinions_are_configurable() => AnalyzerTest.VerifyAsync(
            "HIGHLIGHTS\n\nNo Opinion Here (A) (summarized by Rohin): Fine now.\n\nNEWS\n\n{|AN2001:News Item|} (C) (summarized by Rohin): Needs one.\n",
            ("NewsletterOpinionSections", "NEWS"));

        [Fact]
        public Task Orphan_opinion() => AnalyzerTest.VerifyAsync(
            "# NEWS\n\n{|AN2002:**Rohin's opinion:**|} Nothing before me.\n\n**[T](u)** *(A)*: Text.\n");

        [Fact]
        public Task Orphan_opinion_plain_text() => AnalyzerTest.VerifyAsync(
            "NEWS\n\n{|AN2002:Rohin's opinion:|} Nothing before me.\n\nT (A) (summarized by Rohin): Text.\n");

        [Fact]
        public Task Duplicate_opinion() => AnalyzerTest.VerifyAsync(
            "NEWS\n\nT (A) (summarized by Rohin): Text.\n\nRohin's opinion: One.\n\nFlo's opinion: Two.\n\n{|AN2003:Rohin's opinion:|} Three.\n");

        [Fact]
        public Task Empty_opinion() => AnalyzerTest.VerifyAsync(
            "# NEWS\n\n**[T](u)** *(A)*: Text.\n\n{|AN2004:**Rohin's opinion:**|}\n\n# FEEDBACK\n");

        [Fact]
        public Task Malformed_opinion_labels() => AnalyzerTest.VerifyAsync(
            "# NEWS\n\n**[T](u)** *(A)*: Text.\n\n{|AN2005:**Rohins opinion:**|} One.\n\n**[U](v)** *(B)*: Text.\n\n{|AN2005:**flo's opinion:**|} Two.\n\n**[W](w)** *(C)*: Text.\n\n{|AN2005:**My Opinion:**|} Three.\n");

        [Fact]
        public Task Malformed_opinion_label_plain_text() => AnalyzerTest.VerifyAsync(
            "NEWS\n\nT (A) (summarized by Rohin): Text.\n\n{|AN2005:Rohins opinion:|} One.\n");

        [Fact]
        public Task Well_formed_opinions_are_quiet() => AnalyzerTest.VerifyAsync(
            "HIGHLIGHTS\n\nT (A) (summarized by Flo): Text.\n\nFlo's opinion: One.\n\nRohin’s opinion: Two.\n\nU (B) (summarized by Rohin): Text.\n\nMy opinion: Three.\n");

        [Fact]
        public Task Empty_opinion_plain_text() => AnalyzerTest.VerifyAsync(
            "NEWS\n\nT (A) (summarized by Rohin): Text.\n\n{|AN2004:Rohin's opinion:|}\n\nFEEDBACK\n");
    }
}
