using System.IO;
using System.Linq;
using System.Text.Json;
using NewsletterLinter.Tests;

namespace NewsletterLinter.Cli.Tests
{
    public class ExportCommandTests
    {
        [Fact]
        public void Exports_the_samples_with_the_schema_fields()
        {
            Cli.Result result = Cli.Run("export", TestPaths.SampleIssues);

            Assert.Equal(0, result.ExitCode);
            using JsonDocument json = JsonDocument.Parse(result.Output);
            JsonElement root = json.RootElement;
            Assert.Equal(1, root.GetProperty("schemaVersion").GetInt32());
            JsonElement[] issues = root.GetProperty("issues").EnumerateArray().ToArray();
            Assert.Equal(new[] { 99, 137, 174, 175, 176 }, issues.Select(i => i.GetProperty("number").GetInt32()));

            JsonElement issue99 = issues[0];
            Assert.Equal("AN-099.md", issue99.GetProperty("file").GetString());
            JsonElement section = issue99.GetProperty("sections")[0];
            Assert.Equal("HIGHLIGHTS", section.GetProperty("name").GetString());
            Assert.Equal(1, section.GetProperty("level").GetInt32());
            Assert.Equal(5, section.GetProperty("line").GetInt32());
            Assert.Equal(JsonValueKind.Array, section.GetProperty("subsections").ValueKind);

            JsonElement summary = issue99.GetProperty("summaries")[0];
            Assert.Equal("AI and Efficiency", summary.GetProperty("title").GetString());
            Assert.Equal(JsonValueKind.Null, summary.GetProperty("url").ValueKind);
            Assert.Equal(new[] { "Danny Hernandez et al" }, summary.GetProperty("authors").EnumerateArray().Select(a => a.GetString()));
            Assert.Equal(new[] { "Flo" }, summary.GetProperty("summarizers").EnumerateArray().Select(a => a.GetString()));
            Assert.Equal("HIGHLIGHTS", summary.GetProperty("section").GetString());
            Assert.Equal(JsonValueKind.Null, summary.GetProperty("subsection").ValueKind);
            Assert.True(summary.GetProperty("highlight").GetBoolean());
            Assert.StartsWith("Given the exponential increase", summary.GetProperty("text").GetString());
            Assert.Equal("Flo", summary.GetProperty("opinions")[0].GetProperty("author").GetString());
            Assert.Equal(new[] { 7 }, summary.GetProperty("references").EnumerateArray().Select(r => r.GetInt32()));
            Assert.Equal(7, summary.GetProperty("line").GetInt32());

            JsonElement linked = issues[2].GetProperty("summaries")[0];
            Assert.Equal("https://example.org/papers/reward-overoptimization", linked.GetProperty("url").GetString());
        }

        [Fact]
        public void Writes_to_an_output_file()
        {
            string output = Path.Combine(Path.GetTempPath(), "newsletter-export-" + System.Guid.NewGuid().ToString("N") + ".json");
            try
            {
                Cli.Result result = Cli.Run("export", TestPaths.Sample("AN-137.md"), "--output", output);

                Assert.Equal(0, result.ExitCode);
                Assert.Contains("Wrote 1 issue with 9 summaries", result.Error);
                using JsonDocument json = JsonDocument.Parse(File.ReadAllText(output));
                Assert.Equal(137, json.RootElement.GetProperty("issues")[0].GetProperty("number").GetInt32());
            }
            finally
            {
                File.Delete(output);
            }
        }

        [Fact]
        public void Bad_arguments_exit_with_2_and_a_message()
        {
            Assert.Equal(2, Cli.Run("export").ExitCode);
            Cli.Result missing = Cli.Run("export", "no/such/folder");
            Assert.Equal(2, missing.ExitCode);
            Assert.Contains("No such file or folder", missing.Error);
            Assert.Equal(2, Cli.Run("export", TestPaths.SampleIssues, "--bogus").ExitCode);
            Assert.Equal(2, Cli.Run("frobnicate").ExitCode);
            Assert.Equal(0, Cli.Run("export", "--help").ExitCode);
        }

        [Fact]
        public void Invalid_utf8_is_unreadable_input()
        {
            string folder = Path.Combine(Path.GetTempPath(), "newsletter-bad-" + System.Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            try
            {
                File.WriteAllBytes(Path.Combine(folder, "AN-001.md"), new byte[] { 0x48, 0x49, 0xFF, 0xFE, 0x0A });
                Cli.Result result = Cli.Run("export", folder);

                Assert.Equal(2, result.ExitCode);
                Assert.Contains("not valid UTF-8", result.Error);
            }
            finally
            {
                Directory.Delete(folder, true);
            }
        }

        [Fact]
        public void Summaries_and_opinions_carry_their_markdown_links_and_category()
        {
            using var folder = new TempFolder();
            File.WriteAllText(folder.File("AN-050.md"), "# TECHNICAL AI ALIGNMENT\n\n## ADVERSARIAL EXAMPLES\n\n**[A Paper](https://example.org/p)** *(Ann Lee)* (summarized by Rohin): It holds *up* to [around](https://example.org/a) 40%:\n\n- one `x`\n- two\n\n**Rohin's opinion:** See [this](https://example.org/o) <b>now</b>.\n");

            Cli.Result result = Cli.Run("export", folder.Path);

            Assert.Equal(0, result.ExitCode);
            System.Text.Json.JsonElement summary = System.Text.Json.JsonDocument.Parse(result.Output).RootElement.GetProperty("issues")[0].GetProperty("summaries")[0];
            Assert.Equal("It holds *up* to [around](https://example.org/a) 40%:\n\n- one `x`\n- two", summary.GetProperty("markdown").GetString());
            Assert.Equal("around", summary.GetProperty("links")[0].GetProperty("text").GetString());
            Assert.Equal("https://example.org/a", summary.GetProperty("links")[0].GetProperty("url").GetString());
            Assert.Equal("Adversarial examples", summary.GetProperty("category").GetString());
            System.Text.Json.JsonElement opinion = summary.GetProperty("opinions")[0];
            Assert.Equal("See [this](https://example.org/o) <b>now</b>.", opinion.GetProperty("markdown").GetString());
            Assert.Equal("https://example.org/o", opinion.GetProperty("links")[0].GetProperty("url").GetString());
        }

        [Fact]
        public void Csv_is_the_records_columns_one_row_per_summary_quoted_and_never_a_formula()
        {
            using var folder = new TempFolder();
            File.WriteAllText(folder.File("AN-050.md"), "# HIGHLIGHTS\n\n**[=HYPERLINK(\"http://evil\"), \"quoted\"](https://example.org/p)** *(Ann Lee, Bo Chen)* (summarized by Rohin): Body, with a comma and [a link](https://example.org/a).\n\n**Rohin's opinion:** Fine.\n\n# NEWS\n\n**[Plain](https://example.org/n)** (summarized by Flo): -1 is a number.\n");

            Cli.Result result = Cli.Run("export", folder.Path, "--format", "csv");

            Assert.Equal(0, result.ExitCode);
            Assert.EndsWith("\r\n", result.Output, System.StringComparison.Ordinal);
            string[] rows = result.Output.Substring(0, result.Output.Length - 2).Split("\r\n");
            Assert.Equal("Category,Highlight?,Title,Authors,Venue,Year,H/T,Email,Summarizer,Summary,My opinion,Prerequisites,Read more,URL", rows[0]);
            Assert.Equal(3, rows.Length);
            Assert.StartsWith("Highlights,Highlight,\"'=HYPERLINK(\"\"http://evil\"\"), \"\"quoted\"\"\",\"Ann Lee, Bo Chen\",,,,AN #50,Rohin,\"Body, with a comma and [a link](https://example.org/a).\",Fine.,,,https://example.org/p", rows[1]);
            Assert.Equal("News,,Plain,,,,,AN #50,Flo,'-1 is a number.,,,,https://example.org/n", rows[2]);
        }

        [Fact]
        public void The_csv_url_is_absolute_and_without_a_fragment_as_the_record_writes_it()
        {
            using var folder = new TempFolder();
            File.WriteAllText(folder.File("AN-051.md"), "# NEWS\n\n**[Jobs](https://example.org/jobs#intern)** (summarized by Rohin): Open.\n\n**[A Post](/posts/Ab1/a-post)** (summarized by Rohin): Read [it](/posts/Ab1/a-post#comments).\n");

            Cli.Result csv = Cli.Run("export", folder.Path, "--format", "csv");
            Cli.Result json = Cli.Run("export", folder.Path);

            string[] rows = csv.Output.TrimEnd().Split("\r\n");
            Assert.EndsWith(",https://example.org/jobs", rows[1], System.StringComparison.Ordinal);
            Assert.EndsWith(",https://www.lesswrong.com/posts/Ab1/a-post", rows[2], System.StringComparison.Ordinal);
            Assert.Contains("[it](https://www.lesswrong.com/posts/Ab1/a-post#comments)", rows[2], System.StringComparison.Ordinal);

            // The JSON keeps the title's link as written.
            JsonElement summaries = JsonDocument.Parse(json.Output).RootElement.GetProperty("issues")[0].GetProperty("summaries");
            Assert.Equal("https://example.org/jobs#intern", summaries[0].GetProperty("url").GetString());
            Assert.Equal("/posts/Ab1/a-post", summaries[1].GetProperty("url").GetString());
        }

        [Fact]
        public void Hat_tips_and_prerequisites_are_read_as_the_record_has_them()
        {
            using var folder = new TempFolder();
            File.WriteAllText(folder.File("AN-050.md"), "# NEWS\n\n**[A Paper](https://example.org/p)** *(Ann Lee)* (H/T Beth Barnes and Bo Chen) (summarized by Rohin): Text.\n\n**Prerequisites:** **[GAIL](https://example.org/g)**\n\nMore text.\n");

            Cli.Result json = Cli.Run("export", folder.Path);
            Cli.Result csv = Cli.Run("export", folder.Path, "--format", "csv");

            System.Text.Json.JsonElement summary = System.Text.Json.JsonDocument.Parse(json.Output).RootElement.GetProperty("issues")[0].GetProperty("summaries")[0];
            Assert.Equal(new[] { "Beth Barnes", "Bo Chen" }, summary.GetProperty("hatTips").EnumerateArray().Select(n => n.GetString()));
            Assert.Equal("**[GAIL](https://example.org/g)**", summary.GetProperty("prerequisites").GetString());
            Assert.Contains(",\"Beth Barnes, Bo Chen\",AN #50,", csv.Output, System.StringComparison.Ordinal);
            Assert.Contains(",**[GAIL](https://example.org/g)**,", csv.Output, System.StringComparison.Ordinal);
        }

        [Fact]
        public void Citations_name_the_cited_summary_and_the_cited_summary_names_who_cites_it()
        {
            Cli.Result result = Cli.Run("export", TestPaths.SampleIssues);
            Assert.Equal(0, result.ExitCode);
            JsonElement issues = JsonDocument.Parse(result.Output).RootElement.GetProperty("issues");
            JsonElement Summary(int number, int index) => issues.EnumerateArray().Single(i => i.GetProperty("number").GetInt32() == number).GetProperty("summaries")[index];

            JsonElement citation = Assert.Single(Summary(175, 0).GetProperty("citations").EnumerateArray().ToArray());
            Assert.Equal("Scaling Laws for Transfer", citation.GetProperty("text").GetString());
            Assert.Equal("https://example.org/scaling-laws-for-transfer", citation.GetProperty("url").GetString());
            Assert.Equal(137, citation.GetProperty("issue").GetInt32());
            Assert.Equal(137, citation.GetProperty("cited").GetProperty("issue").GetInt32());
            Assert.Equal("Scaling Laws for Transfer", citation.GetProperty("cited").GetProperty("title").GetString());

            var citedBy = Summary(137, 0).GetProperty("citedBy").EnumerateArray().Select(c => (c.GetProperty("issue").GetInt32(), c.GetProperty("title").GetString())).ToArray();
            Assert.Equal(new[] { (174, (string?)"Asking Clarifying Questions Before Acting"), (175, "Transfer Gaps Between Pretraining Mixtures") }, citedBy);

            JsonElement unresolved = issues.EnumerateArray().Single(i => i.GetProperty("number").GetInt32() == 176).GetProperty("summaries").EnumerateArray()
                .Single(s => s.GetProperty("title").GetString() == "A Problem Statement").GetProperty("citations")[0];
            Assert.Equal("the transfer study", unresolved.GetProperty("text").GetString());
            Assert.Equal(JsonValueKind.Null, unresolved.GetProperty("cited").ValueKind);
        }
    }
}
