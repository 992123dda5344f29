using System.Collections.Generic;
using System.Linq;
using System.Text;
using System;
using NewsletterLinter.Parsing.Configuration;
using NewsletterLinter.Parsing.Model;
using NewsletterLinter.Parsing.Rules;

namespace NewsletterLinter.Parsing.Tests
{
    /// <summary>
    /// Parser and rules over thousands of generated issues mixing every construct with junk: nothing
    /// throws, every span lies inside its text, and every fix's edit fits the text.
    /// </summary>
    public class RobustnessTests
    {
        private static readonly string[] Fragments =
        {
            "HIGHLIGHTS", "# HIGHLIGHTS", "TECHNICAL AI ALIGNMENT\n======================", "## ROBUSTNES", "### **Problems**", "**News**", "  NEWS  ",
            "#### FEEDBACK", "SECTIONS\n===", "**[HIGHLIGHTS](about:blank#HIGHLIGHTS)**",
            "**[Title (with) parens](https://x)** *(A, B, and C)* (summarized by Rohin and Flo): body (AN #3).",
            "Plain Title: Colon? (Author et al) (summarized by Asya): text ([AN #07](u)).",
            "[A](u) and [B](v) *(X)*: joined", "**[Split](u)**", "*(Only Authors)* (summarized by Zach): rest",
            "**Rohin's opinion:** fine", "Rohins opinion: bad", "**Flo's opinion:**", "My opinion: mine", "**Should you read it?** yes",
            "**Read more:** [link](u)", "**[Broken](u)** *(Q)* no colon", "T (A) (summarized by Rohin no close: x",
            "- list item (AN#5)", "> quote AN # 9", "```\ncode AN #1\n```", "<!-- an-lint-disable AN1001 -->", "<!-- an-lint-disable-next-line -->",
            "| a | b |\n|---|---|\n| 1 | 2 |", "![img](x)", "<div>html</div>", "---\nnumber: 12\n---", "[AN #5]: Title line\n===",
            "((((((((((((", "))))]]]]**__", "\u00A0\u00A0HIGHLIGHTS\u00A0", "Ω 13", "\uFEFF", "a\r\nb\rc", "\u2028", new string('>', 200) + " deep",
            "AN #", "AN #99999999999", "an #1 priority", "**", "*(", "[", "(summarized by", ":",
        };

        [Fact]
        public void Generated_issues_never_break_the_parser_or_the_rules()
        {
            var random = new Random(20261123);
            var files = new List<(string Path, string Text)>();
            for (int i = 0; i < 1500; i++)
            {
                var text = new StringBuilder();
                int parts = random.Next(0, 40);
                for (int p = 0; p < parts; p++)
                {
                    text.Append(Fragments[random.Next(Fragments.Length)]);
                    text.Append(random.Next(4) switch { 0 => "\n", 1 => " ", 2 => "\r\n\r\n", _ => "\n\n" });
                }

                files.Add(($"gen/AN-{random.Next(1, 40):D3}.md", text.ToString()));
            }

            var options = RuleOptions.Default with { ExternalIssues = new IssueRange(1, 20) };
            var results = IssueRules.CheckAll(files, options);
            Assert.Equal(files.Count, results.Count);
            for (int i = 0; i < results.Count; i++)
            {
                var (issue, findings) = results[i];
                string text = files[i].Text;
                foreach (Finding finding in findings)
                {
                    Assert.InRange(finding.Span.Offset, 0, text.Length);
                    Assert.InRange(finding.Span.End, 0, text.Length);
                    Assert.True(finding.Span.Line >= 1 && finding.Span.Column >= 1);
                    if (finding.Fix is { } fix)
                    {
                        Assert.InRange(fix.Edit.Offset, 0, text.Length);
                        Assert.InRange(fix.Edit.Offset + fix.Edit.Length, 0, text.Length);
                    }
                }

                foreach (Summary summary in issue.Summaries)
                {
                    Assert.InRange(summary.Span.End, 0, text.Length);
                    Assert.False(string.IsNullOrWhiteSpace(summary.Title), "blank title in:\n" + text);
                }
            }
        }
    }
}
