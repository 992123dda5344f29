using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using NewsletterLinter.Tests;
using Xunit.Abstractions;

namespace NewsletterLinter.Cli.Tests.Lsp
{
    /// <summary>The language server, started as a process and spoken to in JSON-RPC as an editor would.</summary>
    public class LanguageServerTests
    {
        private const string Citing = "# HIGHLIGHTS\n\n**[A Work](https://example.org/a)** *(Ann Lee)* (summarized by Rohin): Builds on [Orchard Robots](https://example.org/o) (AN #200) and cites AN#3.\n\n**Rohin's opinion:** Fine.\n";
        private const string Cited = "# HIGHLIGHTS\n\n**[Orchard Robots](https://example.org/o)** *(Bo Chen)* (summarized by Rohin): Text.\n\n**Rohin's opinion:** Fine.\n";

        private readonly ITestOutputHelper _output;

        public LanguageServerTests(ITestOutputHelper output) => _output = output;

        private static string Uri(string path) => LspClient.Uri(path);

        [Fact]
        public void Initialize_announces_what_the_server_does_and_shutdown_then_exit_is_clean()
        {
            using var folder = new TempFolder();
            using var client = new LspClient();

            JsonNode result = client.Initialize(folder.Path)["result"]!;

            JsonNode capabilities = result["capabilities"]!;
            Assert.Equal(2, capabilities["textDocumentSync"]!["change"]!.GetValue<int>());
            Assert.True(capabilities["textDocumentSync"]!["openClose"]!.GetValue<bool>());
            Assert.Equal(new[] { "quickfix", "source.fixAll" }, capabilities["codeActionProvider"]!["codeActionKinds"]!.AsArray().Select(k => k!.GetValue<string>()));
            Assert.Null(capabilities["hoverProvider"]);
            Assert.Equal("newsletter-lint", result["serverInfo"]!["name"]!.GetValue<string>());

            Assert.Null(client.Call("shutdown", null)["result"]);
            client.Notify("exit", null);
            Assert.True(client.Process.WaitForExit(10000));
            Assert.Equal(0, client.Process.ExitCode);
        }

        [Fact]
        public void Open_publishes_every_finding_with_code_link_severity_and_exact_range()
        {
            using var client = new LspClient();
            client.Initialize(TestPaths.SampleIssues);
            string path = TestPaths.Sample("AN-176.md");
            string text = File.ReadAllText(path);

            client.Open(Uri(path), text);
            JsonArray diagnostics = client.Diagnostics(Uri(path));

            // The same findings as lint over the same folder.
            Cli.Result lint = Cli.Run("lint", TestPaths.SampleIssues, "--format", "msbuild");
            Assert.Equal(lint.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Count(l => l.Contains("AN-176.md(", StringComparison.Ordinal)), diagnostics.Count);
            JsonNode reference = diagnostics.Single(d => d!["code"]!.GetValue<string>() == "AN1003")!;
            Assert.Equal(2, reference["severity"]!.GetValue<int>());
            Assert.Equal("newsletter-lint", reference["source"]!.GetValue<string>());
            Assert.EndsWith("docs/rules.md#an1003", reference["codeDescription"]!["href"]!.GetValue<string>());
            Assert.Equal("Reference 'AN#137' is malformed; expected 'AN #137'", reference["message"]!.GetValue<string>());
            JsonNode range = reference["range"]!;
            int line = range["start"]!["line"]!.GetValue<int>();
            int character = range["start"]!["character"]!.GetValue<int>();
            Assert.Equal("AN#137", text.Split('\n')[line].Substring(character, range["end"]!["character"]!.GetValue<int>() - character));
        }

        [Fact]
        public void An_incremental_edit_that_repairs_a_finding_withdraws_it()
        {
            using var folder = new TempFolder();
            string path = folder.File("AN-010.md");
            File.WriteAllText(path, Citing);
            using var client = new LspClient();
            client.Initialize(folder.Path);
            client.Open(Uri(path), Citing);
            JsonArray before = client.Diagnostics(Uri(path));
            JsonNode malformed = before.Single(d => d!["code"]!.GetValue<string>() == "AN1003")!;

            // Type the missing space, as an editor sends it: one incremental change.
            JsonNode start = malformed["range"]!["start"]!;
            var at = new { line = start["line"]!.GetValue<int>(), character = start["character"]!.GetValue<int>() + 2 };
            client.Notify("textDocument/didChange", new { textDocument = new { uri = Uri(path), version = 2 }, contentChanges = new[] { new { range = new { start = at, end = at }, text = " " } } });

            JsonNode published = client.Wait(m => m["method"]?.GetValue<string>() == "textDocument/publishDiagnostics" && m["params"]!["version"]?.GetValue<int>() == 2);
            Assert.DoesNotContain(published["params"]!["diagnostics"]!.AsArray(), d => d!["code"]!.GetValue<string>() == "AN1003");
            Assert.Equal(before.Count - 1, published["params"]!["diagnostics"]!.AsArray().Count);
        }

        [Fact]
        public void Code_actions_give_the_quick_fix_at_a_finding_and_a_fix_all_for_the_issue()
        {
            using var folder = new TempFolder();
            string path = folder.File("AN-010.md");
            string text = Citing.Replace("# HIGHLIGHTS", "# Highlights") + "\n**NEWS**\n";
            using var client = new LspClient();
            client.Initialize(folder.Path);
            client.Open(Uri(path), text);
            JsonNode malformed = client.Diagnostics(Uri(path)).Single(d => d!["code"]!.GetValue<string>() == "AN1003")!;

            JsonNode quick = client.Call("textDocument/codeAction", new { textDocument = new { uri = Uri(path) }, range = malformed["range"], context = new { diagnostics = new[] { malformed }, only = new[] { "quickfix" } } })["result"]!;
            JsonNode action = quick.AsArray().Single()!;
            Assert.Equal("quickfix", action["kind"]!.GetValue<string>());
            Assert.Equal("Write 'AN #3'", action["title"]!.GetValue<string>());
            Assert.Equal("AN1003", action["diagnostics"]![0]!["code"]!.GetValue<string>());
            JsonNode edit = action["edit"]!["changes"]![Uri(path)]![0]!;
            Assert.Equal("AN #3", edit["newText"]!.GetValue<string>());
            Assert.Equal(malformed["range"]!.ToJsonString(), edit["range"]!.ToJsonString());

            JsonNode all = client.Call("textDocument/codeAction", new { textDocument = new { uri = Uri(path) }, range = new { start = new { line = 0, character = 0 }, end = new { line = 0, character = 0 } }, context = new { diagnostics = Array.Empty<object>(), only = new[] { "source.fixAll" } } })["result"]!.AsArray().Single()!;
            Assert.Equal("source.fixAll", all["kind"]!.GetValue<string>());
            string fixedText = Apply(text, all["edit"]!["changes"]![Uri(path)]!.AsArray());
            Assert.Contains("# HIGHLIGHTS", fixedText);
            Assert.Contains("cites AN #3.", fixedText);
            Assert.Contains("# NEWS", fixedText);

            // The server never writes a file itself.
            Assert.False(File.Exists(path));
        }

        [Fact]
        public void A_reference_to_an_issue_in_an_unsaved_buffer_resolves_and_citing_issues_are_republished()
        {
            using var folder = new TempFolder();
            string citing = folder.File("AN-210.md");
            File.WriteAllText(citing, Citing);
            using var client = new LspClient();
            client.Initialize(folder.Path);
            client.Open(Uri(citing), Citing);
            Assert.Contains(client.Diagnostics(Uri(citing)), d => IsDanglingTo200(d!));

            // AN #200 exists only as an unsaved buffer.
            client.Open(Uri(folder.File("AN-200.md")), Cited);

            JsonArray republished = client.Diagnostics(Uri(citing));
            Assert.DoesNotContain(republished, d => IsDanglingTo200(d!));
        }

        [Fact]
        public void Files_created_on_disk_are_indexed_through_watched_file_events()
        {
            using var folder = new TempFolder();
            string citing = folder.File("AN-210.md");
            using var client = new LspClient();
            client.Initialize(folder.Path);
            client.Open(Uri(citing), Citing);
            Assert.Contains(client.Diagnostics(Uri(citing)), d => IsDanglingTo200(d!));

            string cited = folder.File("AN-200.md");
            File.WriteAllText(cited, Cited);
            client.Notify("workspace/didChangeWatchedFiles", new { changes = new[] { new { uri = Uri(cited), type = 1 } } });

            Assert.DoesNotContain(client.Diagnostics(Uri(citing)), d => IsDanglingTo200(d!));
        }

        [Fact]
        public void A_client_with_dynamic_registration_is_asked_to_watch_the_issues_and_a_refusal_is_logged()
        {
            using var folder = new TempFolder();
            foreach (bool refuse in new[] { false, true })
            {
                using var client = new LspClient();
                client.Call("initialize", new { processId = Environment.ProcessId, rootUri = Uri(folder.Path), capabilities = new { workspace = new { didChangeWatchedFiles = new { dynamicRegistration = true } } } });
                client.Notify("initialized", new { });

                JsonNode request = client.Wait(m => m["method"]?.GetValue<string>() == "client/registerCapability" && m["id"] is not null);
                JsonNode registration = request["params"]!["registrations"]![0]!;
                Assert.Equal("workspace/didChangeWatchedFiles", registration["method"]!.GetValue<string>());
                Assert.Equal(new[] { "**/*.{md,markdown}", "**/newsletter-lint.{json,baseline}" }, registration["registerOptions"]!["watchers"]!.AsArray().Select(w => w!["globPattern"]!.GetValue<string>()));

                var answer = new JsonObject { ["jsonrpc"] = "2.0", ["id"] = request["id"]!.DeepClone() };
                if (refuse)
                {
                    answer["error"] = new JsonObject { ["code"] = -32601, ["message"] = "no watchers here" };
                }
                else
                {
                    answer["result"] = null;
                }

                client.Send(answer);
                if (refuse)
                {
                    client.Wait(m => m["method"]?.GetValue<string>() == "window/logMessage" && m["params"]!["message"]!.GetValue<string>().Contains("no watchers here", StringComparison.Ordinal));
                }

                // The shutdown answer comes after anything the server logged about the registration.
                Assert.Null(client.Call("shutdown", null)["result"]);
                if (!refuse)
                {
                    Assert.DoesNotContain(client.Seen, m => m["method"]?.GetValue<string>() == "window/logMessage" && m["params"]!["message"]!.GetValue<string>().Contains("did not accept", StringComparison.Ordinal));
                }
            }
        }

        [Fact]
        public void Configuration_and_baseline_apply_as_in_lint()
        {
            using var folder = new TempFolder();
            string path = folder.File("AN-210.md");
            File.WriteAllText(path, Citing);
            File.WriteAllText(folder.File("newsletter-lint.json"), "{ \"NewsletterExternalIssues\": \"1-209\", \"Severity\": { \"AN1003\": \"error\" } }");
            using var client = new LspClient();
            client.Initialize(folder.Path);
            client.Open(Uri(path), Citing);
            JsonArray diagnostics = client.Diagnostics(Uri(path));
            Assert.DoesNotContain(diagnostics, d => d!["code"]!.GetValue<string>() == "AN1001");
            Assert.Equal(1, diagnostics.Single(d => d!["code"]!.GetValue<string>() == "AN1003")!["severity"]!.GetValue<int>());

            Assert.Equal(0, Cli.Run("baseline", folder.Path).ExitCode);
            using var second = new LspClient();
            second.Initialize(folder.Path);
            second.Open(Uri(path), Citing);
            Assert.Empty(second.Diagnostics(Uri(path)));
        }

        [Fact]
        public void Malformed_messages_unknown_methods_and_binary_documents_do_not_stop_the_server()
        {
            using var folder = new TempFolder();
            using var client = new LspClient();
            client.Initialize(folder.Path);

            client.SendRaw(Encoding.UTF8.GetBytes("{ this is not json"));
            Assert.Contains("malformed", client.Wait(m => m["method"]?.GetValue<string>() == "window/logMessage" && m["params"]!["message"]!.GetValue<string>().Contains("malformed"))["params"]!["message"]!.GetValue<string>());
            client.SendBytes(Encoding.ASCII.GetBytes("X-Nonsense: 1\r\n\r\n"));
            client.Wait(m => m["method"]?.GetValue<string>() == "window/logMessage" && m["params"]!["message"]!.GetValue<string>().Contains("Content-Length"));
            client.SendRaw(Encoding.UTF8.GetBytes("[1, 2, 3]"));

            JsonNode unknown = client.Call("workspace/noSuchMethod", new { });
            Assert.Equal(-32601, unknown["error"]!["code"]!.GetValue<int>());

            string binary = folder.File("AN-300.md");
            client.Open(Uri(binary), "HIGHLIGHTS\n\0\0\u0001binary");
            Assert.Equal("AN0003", client.Diagnostics(Uri(binary)).Single()!["code"]!.GetValue<string>());

            string outside = Path.Combine(Path.GetTempPath(), "elsewhere-" + Guid.NewGuid().ToString("N"), "AN-301.md");
            client.Open(Uri(outside), Citing);
            Assert.NotEmpty(client.Diagnostics(Uri(outside)));

            client.Open("file:///notes/readme.txt", "not an issue");
            Assert.Null(client.Call("shutdown", null)["result"]);
            Assert.DoesNotContain(client.Seen, m => m["method"]?.GetValue<string>() == "textDocument/publishDiagnostics" && m["params"]!["uri"]!.GetValue<string>().EndsWith("readme.txt", StringComparison.Ordinal));
        }

        [Fact]
        public void A_client_that_disappears_ends_the_server()
        {
            using var folder = new TempFolder();
            using var client = new LspClient();
            client.Initialize(folder.Path);

            client.CloseInput();

            Assert.True(client.Process.WaitForExit(15000), "the server did not exit when its client went away");
            Assert.Equal(1, client.Process.ExitCode);
        }

        [SkippableFact]
        public void Republishing_after_an_edit_in_a_workspace_of_the_real_archive_is_logged()
        {
            string corpus = TestPaths.RequireCorpus();
            using var client = new LspClient(debounceMilliseconds: 0);
            client.Initialize(corpus);
            string path = Path.Combine(corpus, "AN-120.md");
            string text = File.ReadAllText(path);
            client.Open(Uri(path), text);
            client.Diagnostics(Uri(path));

            var times = new System.Collections.Generic.List<double>();
            for (int version = 2; version < 12; version++)
            {
                var clock = Stopwatch.StartNew();
                client.Notify("textDocument/didChange", new { textDocument = new { uri = Uri(path), version }, contentChanges = new[] { new { range = new { start = new { line = 0, character = 0 }, end = new { line = 0, character = 0 } }, text = version % 2 == 0 ? "x" : string.Empty } } });
                client.Wait(m => m["method"]?.GetValue<string>() == "textDocument/publishDiagnostics" && m["params"]!["version"]?.GetValue<int>() == version);
                times.Add(clock.Elapsed.TotalMilliseconds);
            }

            times.Sort();
            string line = $"Republish after an edit, 150 real issues in the workspace: median {times[times.Count / 2]:F1} ms, slowest {times[^1]:F1} ms (debounce 0)";
            _output.WriteLine(line);
            Console.WriteLine(line);
        }

        private static bool IsDanglingTo200(JsonNode diagnostic)
            => diagnostic["code"]!.GetValue<string>() == "AN1001" && diagnostic["message"]!.GetValue<string>().StartsWith("Reference to AN #200", StringComparison.Ordinal);

        /// <summary>Applies LSP text edits (relative to the original text) as a client does.</summary>
        internal static string Apply(string text, JsonArray edits)
        {
            var lines = text.Split('\n');
            int Offset(JsonNode position)
            {
                int line = position["line"]!.GetValue<int>();
                return lines.Take(line).Sum(l => l.Length + 1) + position["character"]!.GetValue<int>();
            }

            foreach (JsonNode edit in edits.OrderByDescending(e => Offset(e!["range"]!["start"]!)).Select(e => e!))
            {
                int start = Offset(edit["range"]!["start"]!), end = Offset(edit["range"]!["end"]!);
                text = text.Substring(0, start) + edit["newText"]!.GetValue<string>() + text.Substring(end);
            }

            return text;
        }
    }
}
