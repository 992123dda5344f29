using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using NewsletterLinter.CodeAnalysis.Generator;
using NewsletterLinter.Parsing;
using NewsletterLinter.Parsing.Model;
using NewsletterLinter.Tests;

namespace NewsletterLinter.CodeAnalysis.Tests.Generator
{
    /// <summary>
    /// The generator's literal and first-sentence writers against their plain forms (kept here as the
    /// reference): the same text for the real summaries and for generated texts full of line breaks,
    /// white space, sentence ends and characters that must be escaped.
    /// </summary>
    public class CSharpTextTests
    {
        [Fact]
        public void Literal_and_first_sentence_match_their_plain_forms_on_generated_texts()
        {
            var random = new Random(20261204);
            char[] alphabet = { 'a', 'b', 'Z', '1', ' ', ' ', '.', '!', '?', '\n', '\r', '\t', '\u00A0', '\u2028', '\u2029', '\u0085', '"', '\\', '\0', '\u007F', '\u200B', '\uD83D', '\uDE00', 'é', '\u0001' };
            for (int n = 0; n < 20000; n++)
            {
                int length = random.Next(0, n % 10 == 0 ? 900 : 260);
                var text = new StringBuilder(length);
                for (int i = 0; i < length; i++)
                {
                    // Mostly letters, so that sentences and long lines occur.
                    text.Append(random.Next(3) == 0 ? alphabet[random.Next(alphabet.Length)] : (char)('a' + random.Next(26)));
                }

                Check(text.ToString());
            }

            foreach (string edge in new[] { string.Empty, " ", "\n\r\n", "Short.", new string('x', 199) + ". tail", new string('x', 200) + ". tail", new string('x', 201) + "! tail", new string('y', 202), new string('y', 300) + "   \n  ", "  \n lead. In. " + new string('z', 250), new string('w', 195) + "\n\n\n   \n" + new string('v', 10) })
            {
                Check(edge);
            }
        }

        [SkippableFact]
        public void Literal_and_first_sentence_match_their_plain_forms_on_the_real_summaries()
        {
            string corpus = TestPaths.RequireCorpus();
            int checkedTexts = 0;
            foreach (string file in Directory.GetFiles(corpus, "*.md"))
            {
                IssueDocument document = IssueParser.Parse(File.ReadAllText(file), Path.GetFileName(file));
                foreach (Summary summary in document.Summaries)
                {
                    Check(summary.Text);
                    Check(summary.Title);
                    foreach (Opinion opinion in summary.Opinions)
                    {
                        Check(opinion.Text);
                    }

                    checkedTexts++;
                }
            }

            Assert.True(checkedTexts > 1000, $"only {checkedTexts} summaries were read");
        }

        private static void Check(string text)
        {
            Assert.Equal(PlainLiteral(text), CSharpText.Literal(text));
            Assert.Equal(PlainFirstSentence(text), CSharpText.FirstSentence(text));
        }

        private static string PlainFirstSentence(string text)
        {
            string flat = string.Join(" ", text.Split(new[] { '\n', '\r' }, StringSplitOptions.RemoveEmptyEntries)).Trim();
            int end = -1;
            for (int i = 0; i < flat.Length - 1; i++)
            {
                if ((flat[i] == '.' || flat[i] == '!' || flat[i] == '?') && flat[i + 1] == ' ' && i > 10)
                {
                    end = i + 1;
                    break;
                }
            }

            string sentence = end > 0 ? flat.Substring(0, end) : flat;
            return sentence.Length <= 200 ? sentence : sentence.Substring(0, 197) + "...";
        }

        private static string PlainLiteral(string value)
        {
            var builder = new StringBuilder("\"");
            foreach (char c in value)
            {
                builder.Append(c switch
                {
                    '"' => "\\\"",
                    '\\' => "\\\\",
                    '\n' => "\\n",
                    '\r' => "\\r",
                    '\t' => "\\t",
                    '\0' => "\\0",
                    _ when c < 0x20 || c == 0x7F || c == '\u0085' || c == '\u2028' || c == '\u2029' || char.IsSurrogate(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format
                        => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                    _ => c.ToString(),
                });
            }

            return builder.Append('"').ToString();
        }
    }
}
