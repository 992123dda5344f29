using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using NewsletterLinter.Cli.Commands;
using NewsletterLinter.Tests;

namespace NewsletterLinter.Cli.Tests.Lsp
{
    /// <summary>
    /// The language server fed byte-mutated copies of an ordinary editing session: whatever arrives,
    /// it answers the requests it can read, drops the rest, and shuts down cleanly on <c>exit</c> or
    /// stops at the end of input. Every case is seeded, so a failure names the seed that replays it.
    /// </summary>
    public sealed class LanguageServerFuzzTests
    {
        private static readonly string Issue = File.ReadAllText(TestPaths.Sample("AN-176.md"));

        [Fact]
        public async Task A_method_name_holding_an_invalid_utf8_byte_is_dropped_and_the_server_goes_on()
        {
            byte[] bad = Encoding.UTF8.GetBytes("""{"jsonrpc":"2.0","method":"textDocXment/didChange","params":{}}""");
            bad[Array.IndexOf(bad, (byte)'X')] = 0xB9;
            var stream = new MemoryStream();
            Frame(stream, Encoding.UTF8.GetBytes("""{"jsonrpc":"2.0","id":"session-1","method":"initialize","params":{"capabilities":{}}}"""));
            Frame(stream, bad);
            Frame(stream, Encoding.UTF8.GetBytes("""{"jsonrpc":"2.0","id":"s","method":"shutdown"}"""));
            Frame(stream, Encoding.UTF8.GetBytes("""{"jsonrpc":"2.0","method":"exit"}"""));

            (int code, List<JsonNode> messages) = await Serve(stream.ToArray());

            Assert.Equal(0, code);
            Assert.Contains(messages, m => m["id"]?.GetValueKind() == JsonValueKind.String && m["id"]!.GetValue<string>() == "s");
            Assert.Contains(messages, m => m["method"]?.GetValue<string>() == "window/logMessage" && m["params"]!["message"]!.GetValue<string>().Contains("not valid UTF-8", StringComparison.Ordinal));
        }

        [Fact]
        public async Task A_change_with_one_malformed_part_leaves_the_buffer_as_it_was()
        {
            var stream = new MemoryStream();
            foreach (string message in Session().Take(3))
            {
                Frame(stream, Encoding.UTF8.GetBytes(message));
            }

            // The first change is well formed, the second has a text of the wrong type: neither is applied.
            Frame(stream, Encoding.UTF8.GetBytes("""{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///fuzz/AN-176.md","version":9},"contentChanges":[{"text":"# replaced"},{"text":42}]}}"""));
            Frame(stream, Encoding.UTF8.GetBytes("""{"jsonrpc":"2.0","id":"actions","method":"textDocument/codeAction","params":{"textDocument":{"uri":"file:///fuzz/AN-176.md"},"range":{"start":{"line":0,"character":0},"end":{"line":400,"character":0}},"context":{"diagnostics":[],"only":["source.fixAll"]}}}"""));
            Frame(stream, Encoding.UTF8.GetBytes("""{"jsonrpc":"2.0","id":"s","method":"shutdown"}"""));
            Frame(stream, Encoding.UTF8.GetBytes("""{"jsonrpc":"2.0","method":"exit"}"""));

            (int code, List<JsonNode> messages) = await Serve(stream.ToArray());

            Assert.Equal(0, code);
            JsonNode actions = messages.Single(m => m["id"]?.GetValueKind() == JsonValueKind.String && m["id"]!.GetValue<string>() == "actions");

            // AN-176 has fixable findings; "# replaced" would have none.
            Assert.NotEmpty(actions["result"]!.AsArray());
        }

        [Fact]
        public async Task Three_hundred_mutated_sessions_are_survived()
            => await Survive(seeds: 300, firstSeed: 1);

        [Fact]
        [Trait("Category", "Slow")]
        public async Task Ten_thousand_mutated_sessions_are_survived()
            => await Survive(seeds: 10_000, firstSeed: 1_000_000);

        [Fact]
        public void The_tool_process_survives_a_stream_of_mutated_messages_and_still_answers()
        {
            using var client = new LspClient(debounceMilliseconds: 0);
            var random = new Random(20261206);
            List<byte[]> session = Session().Select(Encoding.UTF8.GetBytes).ToList();
            for (int i = 0; i < 600; i++)
            {
                byte[] body = session[i % session.Count];
                for (int m = random.Next(4); m >= 0; m--)
                {
                    body = Mutate(body, random);
                }

                client.SendRaw(body);
            }

            JsonNode answer = client.Call("shutdown", null, timeoutSeconds: 60);
            Assert.True(answer.AsObject().ContainsKey("result") && answer["result"] is null, answer.ToJsonString());
            client.Notify("exit", null);
            Assert.True(client.Process.WaitForExit(20000), "The server did not exit.");
            Assert.Equal(0, client.Process.ExitCode);
        }

        /// <summary>
        /// Each seed mutates a session twice: once inside the bodies with the framing kept (then the
        /// server must still answer a final <c>shutdown</c> and exit with 0), and once anywhere in the
        /// bytes (then a length may swallow what follows, so the server must only stop, without failing).
        /// </summary>
        private static async Task Survive(int seeds, int firstSeed)
        {
            for (int seed = firstSeed; seed < firstSeed + seeds; seed++)
            {
                var random = new Random(seed);
                byte[] framed = MutatedBodies(random);
                (int code, List<JsonNode> messages) = await Serve(framed, seed);
                Assert.True(code == 0, $"Seed {seed}: the server exited with {code} after a framed mutated session.\n{Show(framed)}");
                Assert.True(
                    messages.Any(m => m["id"]?.GetValueKind() == JsonValueKind.String && m["id"]!.GetValue<string>() == "final" && m.AsObject().ContainsKey("result")),
                    $"Seed {seed}: the final shutdown was not answered.\n{Show(framed)}");

                byte[] raw = MutatedBytes(random);
                await Serve(raw, seed);
            }
        }

        /// <summary>An ordinary editing session: open an issue, edit it, ask for fixes, cancel, close, reopen.</summary>
        private static IEnumerable<string> Session()
        {
            string text = JsonSerializer.Serialize(Issue);
            string Fill(string message) => message.Replace("@URI", "file:///fuzz/AN-176.md", StringComparison.Ordinal).Replace("@TEXT", text, StringComparison.Ordinal);
            yield return """{"jsonrpc":"2.0","id":"session-1","method":"initialize","params":{"processId":null,"rootUri":null,"capabilities":{"workspace":{"didChangeWatchedFiles":{"dynamicRegistration":false}}}}}""";
            yield return """{"jsonrpc":"2.0","method":"initialized","params":{}}""";
            yield return Fill("""{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"@URI","languageId":"markdown","version":1,"text":@TEXT}}}""");
            yield return Fill("""{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"@URI","version":2},"contentChanges":[{"range":{"start":{"line":2,"character":0},"end":{"line":2,"character":3}},"text":"## Hello (AN #12) é"}]}}""");
            yield return Fill("""{"jsonrpc":"2.0","id":"session-2","method":"textDocument/codeAction","params":{"textDocument":{"uri":"@URI"},"range":{"start":{"line":0,"character":0},"end":{"line":60,"character":0}},"context":{"diagnostics":[]}}}""");
            yield return """{"jsonrpc":"2.0","method":"$/cancelRequest","params":{"id":"session-2"}}""";
            yield return Fill("""{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"@URI","version":3},"contentChanges":[{"text":@TEXT}]}}""");
            yield return Fill("""{"jsonrpc":"2.0","id":"session-3","method":"textDocument/codeAction","params":{"textDocument":{"uri":"@URI"},"range":{"start":{"line":6,"character":0},"end":{"line":8,"character":10}},"context":{"diagnostics":[],"only":["source.fixAll"]}}}""");
            yield return """{"jsonrpc":"2.0","method":"workspace/didChangeWatchedFiles","params":{"changes":[{"uri":"file:///fuzz/AN-175.md","type":3}]}}""";
            yield return """{"jsonrpc":"2.0","id":"session-4","method":"nothing/here","params":[1,2,3]}""";
            yield return Fill("""{"jsonrpc":"2.0","method":"textDocument/didClose","params":{"textDocument":{"uri":"@URI"}}}""");
            yield return Fill("""{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"@URI","languageId":"markdown","version":4,"text":"# Alignment Newsletter #176\n"}}}""");
        }

        private static byte[] MutatedBodies(Random random)
        {
            List<byte[]> bodies = Session().Select(Encoding.UTF8.GetBytes).ToList();
            int mutations = 1 + random.Next(6);
            for (int i = 0; i < mutations; i++)
            {
                int which = random.Next(bodies.Count);
                bodies[which] = Mutate(bodies[which], random);
            }

            var stream = new MemoryStream();
            foreach (byte[] body in bodies)
            {
                Frame(stream, body);
            }

            Frame(stream, Encoding.UTF8.GetBytes("""{"jsonrpc":"2.0","id":"final","method":"shutdown"}"""));
            Frame(stream, Encoding.UTF8.GetBytes("""{"jsonrpc":"2.0","method":"exit"}"""));
            return stream.ToArray();
        }

        private static byte[] MutatedBytes(Random random)
        {
            var stream = new MemoryStream();
            foreach (string message in Session())
            {
                Frame(stream, Encoding.UTF8.GetBytes(message));
            }

            byte[] bytes = stream.ToArray();
            int mutations = 1 + random.Next(8);
            for (int i = 0; i < mutations; i++)
            {
                bytes = Mutate(bytes, random);
            }

            return bytes;
        }

        /// <summary>One mutation: a byte replaced by any byte, a bit flipped, a byte inserted, a byte deleted, or a span duplicated.</summary>
        private static byte[] Mutate(byte[] bytes, Random random)
        {
            if (bytes.Length == 0)
            {
                return new[] { (byte)random.Next(256) };
            }

            var list = new List<byte>(bytes);
            int at = random.Next(bytes.Length);
            switch (random.Next(5))
            {
                case 0:
                    list[at] = (byte)random.Next(256);
                    break;
                case 1:
                    list[at] ^= (byte)(1 << random.Next(8));
                    break;
                case 2:
                    list.Insert(at, (byte)random.Next(256));
                    break;
                case 3:
                    list.RemoveAt(at);
                    break;
                default:
                    int length = Math.Min(1 + random.Next(32), bytes.Length - at);
                    list.InsertRange(at, list.GetRange(at, length));
                    break;
            }

            return list.ToArray();
        }

        private static void Frame(Stream stream, byte[] body)
        {
            stream.Write(Encoding.ASCII.GetBytes("Content-Length: " + body.Length.ToString(CultureInfo.InvariantCulture) + "\r\n\r\n"));
            stream.Write(body);
        }

        /// <summary>Runs the server over <paramref name="input"/> to its end; returns the exit code and every message it wrote, which must be well framed JSON.</summary>
        private static async Task<(int Code, List<JsonNode> Messages)> Serve(byte[] input, int seed = 0)
        {
            var output = new SharedOutput();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            int code;
            try
            {
                code = await LspCommand.RunAsync(new MemoryStream(input), output, TimeSpan.Zero, timeout.Token).WaitAsync(TimeSpan.FromSeconds(30));
            }
            catch (Exception exception)
            {
                throw new Xunit.Sdk.XunitException($"Seed {seed}: the server failed with {exception}\n{Show(input)}");
            }

            return (code, ReadFrames(output.Snapshot(), seed));
        }

        private static List<JsonNode> ReadFrames(byte[] output, int seed)
        {
            var messages = new List<JsonNode>();
            int at = 0;
            while (at < output.Length)
            {
                int end = IndexOf(output, "\r\n\r\n"u8, at);
                Assert.True(end > at, $"Seed {seed}: the server wrote an unframed message.");
                string header = Encoding.ASCII.GetString(output, at, end - at);
                Assert.StartsWith("Content-Length: ", header, StringComparison.Ordinal);
                int length = int.Parse(header.AsSpan("Content-Length: ".Length), CultureInfo.InvariantCulture);
                if (end + 4 + length > output.Length)
                {
                    // A notification from a check still running when the snapshot was taken.
                    break;
                }

                messages.Add(JsonNode.Parse(output.AsSpan(end + 4, length))!);
                at = end + 4 + length;
            }

            return messages;
        }

        private static int IndexOf(byte[] bytes, ReadOnlySpan<byte> value, int from)
        {
            int index = bytes.AsSpan(from).IndexOf(value);
            return index < 0 ? -1 : from + index;
        }

        /// <summary>The server's output: background checks may still write after <c>exit</c>, so writes and the snapshot are serialized.</summary>
        private sealed class SharedOutput : MemoryStream
        {
            private readonly object _gate = new();

            public override void Write(byte[] buffer, int offset, int count)
            {
                lock (_gate)
                {
                    base.Write(buffer, offset, count);
                }
            }

            public override void Write(ReadOnlySpan<byte> buffer)
            {
                lock (_gate)
                {
                    base.Write(buffer);
                }
            }

            public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
            {
                Write(buffer.Span);
                return ValueTask.CompletedTask;
            }

            public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
            {
                Write(buffer, offset, count);
                return Task.CompletedTask;
            }

            public byte[] Snapshot()
            {
                lock (_gate)
                {
                    return ToArray();
                }
            }
        }

        private static string Show(byte[] input)
            => input.Length <= 4000 ? Encoding.UTF8.GetString(input) : Encoding.UTF8.GetString(input, 0, 4000) + "...";
    }
}
