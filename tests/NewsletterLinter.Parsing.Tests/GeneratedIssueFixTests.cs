using System;
using System.Linq;
using CsCheck;

namespace NewsletterLinter.Parsing.Tests
{
    /// <summary>
    /// The lossless-fix property (<see cref="LosslessFix"/>) over generated issues: headers of every
    /// style, level and letter case with links, emphasis, code, HTML and escapes in their names,
    /// entries with malformed references, opinions with malformed labels, and Markdown between them.
    /// A failure shrinks to a small issue and prints the seed that replays it (<c>CsCheck_Seed</c>).
    /// </summary>
    public class GeneratedIssueFixTests
    {
        private static readonly string[] Names =
        {
            "HIGHLIGHTS", "TECHNICAL AI ALIGNMENT", "ROBUSTNESS", "PROBLEMS", "NEWS", "AI STRATEGY AND POLICY",
            "OTHER PROGRESS IN AI", "DEEP LEARNING", "REINFORCEMENT LEARNING", "TECHNICAL AI ALIGNEMNT", "NEAR-TERM CONCERNS",
        };

        private static readonly Gen<string> Casing =
            Gen.OneOf(Names).SelectMany(name => Gen.Int[0, 4].Select(mode => mode switch
            {
                0 => name,
                1 => name.Substring(0, 1) + name.Substring(1).ToLowerInvariant(),
                2 => name.ToLowerInvariant(),
                3 => string.Join("  ", name.Split(' ')),
                _ => " " + name + " ",
            }));

        private static readonly Gen<string> Name =
            Casing.SelectMany(name => Gen.Int[0, 7].Select(decoration =>
            {
                string[] words = name.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
                string last = words[^1];
                string head = string.Join(" ", words.Take(words.Length - 1));
                string Join(string end) => head.Length == 0 ? end : head + " " + end;
                return decoration switch
                {
                    0 => name,
                    1 => "*" + name.Trim() + "*",
                    2 => "[" + name.Trim() + "](https://example.org/" + words.Length + ")",
                    3 => Join("`" + last + "`"),
                    4 => Join("<b>" + last + "</b>"),
                    5 => Join("*" + last + "*"),
                    6 => "[" + head + "](https://example.org/h) " + last,
                    _ => Join(last + " \\*"),
                };
            }));

        private static readonly Gen<string> Header =
            Gen.Select(Name, Gen.Int[0, 7], Gen.Int[1, 4], (name, style, level) => style switch
            {
                0 or 1 => new string('#', level) + " " + name,
                2 => new string('#', level) + " " + name + " " + new string('#', level),
                3 => name + "\n" + new string('=', Math.Max(3, name.Length)),
                4 => name + "\n---",
                5 => "**" + name.Trim() + "**",
                6 => name.ToUpperInvariant().Trim(),
                _ => "  " + new string('#', level) + "   " + name + "   ",
            });

        private static readonly Gen<string> Reference = Gen.OneOf("AN #12", "AN#12", "AN # 7", "an #7", "AN #07", "[AN #3](https://example.org/an3)", "([AN#3](https://example.org/an3))");

        private static readonly Gen<string> Inline = Gen.OneOf(
            "plain words", "a [link](https://example.org/x \"title\")", "an ![image](https://example.org/i.png)", "`code span`",
            "<span class=\"x\">html</span>", "*emphasis* and **strong**", "an escaped \\* star", "<https://example.org/auto>", "&amp; entity");

        private static readonly Gen<string> Entry =
            Gen.Select(Gen.Int[1, 99], Inline, Reference, Inline, (n, a, reference, b) => $"**[Work {n}](https://example.org/w{n})** *(Author {n})* (summarized by Rohin): {a} cites {reference} and {b}.");

        private static readonly Gen<string> Opinion =
            Gen.Select(Gen.OneOf("**Rohin's opinion:**", "**Rohins opinion**", "**rohin's Opinion:**", "**My opinion:**", "**my opinion**", "Rohin's opinion:"), Inline, (label, text) => label + " " + text);

        private static readonly Gen<string> Other = Gen.OneOf(
            "- a list item with `code`\n- another [link](https://example.org/l)", "> a quote with AN#5", "```\n# not a header\nAN#5\n```",
            "<div>\n<b>HIGHLIGHTS</b>\n</div>", "    indented code\n", "---", "[ref]: https://example.org/ref", "1. one\n2. two");

        private static readonly Gen<string> Block = Gen.Frequency((4, Header), (4, Entry), (3, Opinion), (2, Other), (2, Inline));

        private static readonly Gen<string> Issue = Block.Array[1, 14].Select(blocks => string.Join("\n\n", blocks) + "\n");

        [Fact]
        public void Five_hundred_generated_issues_are_fixed_losslessly()
            => Issue.Sample(Check, iter: 500);

        [Fact]
        [Trait("Category", "Slow")]
        public void Ten_thousand_generated_issues_are_fixed_losslessly()
            => Issue.Sample(Check, iter: 10_000);

        private static void Check(string text)
        {
            string? violation = LosslessFix.Violation(text);
            if (violation is not null)
            {
                throw new Xunit.Sdk.XunitException(violation + "\n--- issue ---\n" + text);
            }
        }
    }
}
