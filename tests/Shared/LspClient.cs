using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;

namespace NewsletterLinter.Tests
{
    /// <summary>A plain JSON-RPC client that starts <c>newsletter-lint lsp</c> and speaks the protocol to it, byte by byte.</summary>
    /// <remarks>By default the server is the tool built next to the tests (<c>dotnet newsletter-lint.dll</c>); <paramref name="server"/> names another executable, such as an installed native tool.</remarks>
    internal sealed class LspClient : IDisposable
    {
        private readonly Process _process;
        private readonly BlockingCollection<JsonNode> _incoming = new();
        private readonly StringBuilder _stderr = new();
        private int _nextId;

        public LspClient(int debounceMilliseconds = 20, string? server = null)
        {
            var start = new ProcessStartInfo(server ?? "dotnet")
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            if (server is null)
            {
                start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "newsletter-lint.dll"));
            }

            start.ArgumentList.Add("lsp");
            start.ArgumentList.Add("--debounce");
            start.ArgumentList.Add(debounceMilliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
            _process = Process.Start(start)!;
            _process.ErrorDataReceived += (_, e) =>
            {
                lock (_stderr)
                {
                    _stderr.AppendLine(e.Data);
                }
            };
            _process.BeginErrorReadLine();
            Task.Run(ReadLoop);
        }

        public Process Process => _process;

        public string StandardError
        {
            get
            {
                lock (_stderr)
                {
                    return _stderr.ToString();
                }
            }
        }

        /// <summary>Every message the server sent that no wait has taken yet.</summary>
        public ConcurrentQueue<JsonNode> Seen { get; } = new();

        public int Request(string method, object? parameters)
        {
            int id = Interlocked.Increment(ref _nextId);
            Send(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = JsonSerializer.SerializeToNode(parameters) });
            return id;
        }

        public JsonNode Call(string method, object? parameters, int timeoutSeconds = 20)
        {
            int id = Request(method, parameters);
            return Wait(m => m["id"] is JsonValue answered && answered.GetValueKind() == JsonValueKind.Number && answered.GetValue<int>() == id && m["method"] is null, timeoutSeconds);
        }

        public void Notify(string method, object? parameters)
            => Send(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = JsonSerializer.SerializeToNode(parameters) });

        public void Send(JsonNode message) => SendRaw(Encoding.UTF8.GetBytes(message.ToJsonString()));

        public void SendRaw(byte[] body) => SendBytes(Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n").Concat(body).ToArray());

        public void SendBytes(byte[] bytes)
        {
            Stream input = _process.StandardInput.BaseStream;
            input.Write(bytes);
            input.Flush();
        }

        public void CloseInput() => _process.StandardInput.Close();

        /// <summary>The first message (from now on, or already received) that matches; fails after the timeout.</summary>
        public JsonNode Wait(Func<JsonNode, bool> match, int timeoutSeconds = 20)
        {
            DateTime end = DateTime.UtcNow.AddSeconds(timeoutSeconds);
            while (DateTime.UtcNow < end)
            {
                if (_incoming.TryTake(out JsonNode? message, TimeSpan.FromMilliseconds(100)))
                {
                    if (match(message))
                    {
                        return message;
                    }

                    Seen.Enqueue(message);
                }

                if (_incoming.IsCompleted)
                {
                    break;
                }
            }

            throw new TimeoutException("No matching message from the server. Standard error:\n" + StandardError);
        }

        /// <summary>The next diagnostics published for <paramref name="uri"/>.</summary>
        public JsonArray Diagnostics(string uri, int timeoutSeconds = 20)
            => Wait(m => m["method"]?.GetValue<string>() == "textDocument/publishDiagnostics" && m["params"]!["uri"]!.GetValue<string>() == uri, timeoutSeconds)["params"]!["diagnostics"]!.AsArray();

        public JsonNode Initialize(string root)
        {
            JsonNode result = Call("initialize", new { processId = Environment.ProcessId, rootUri = Uri(root), workspaceFolders = new[] { new { uri = Uri(root), name = "issues" } }, capabilities = new { workspace = new { didChangeWatchedFiles = new { dynamicRegistration = false } } } });
            Notify("initialized", new { });
            return result;
        }

        public void Open(string uri, string text, int version = 1)
            => Notify("textDocument/didOpen", new { textDocument = new { uri, languageId = "markdown", version, text } });

        public static string Uri(string path) => new Uri(path).AbsoluteUri;

        private void ReadLoop()
        {
            try
            {
                Stream output = _process.StandardOutput.BaseStream;
                while (true)
                {
                    int length = -1;
                    string? line;
                    while ((line = ReadLine(output)) is not null && line.Length > 0)
                    {
                        if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
                        {
                            length = int.Parse(line.Substring(15).Trim(), System.Globalization.CultureInfo.InvariantCulture);
                        }
                    }

                    if (line is null)
                    {
                        break;
                    }

                    if (length < 0)
                    {
                        throw new InvalidDataException("The server wrote something that is not a protocol message.");
                    }

                    byte[] body = new byte[length];
                    int read = 0;
                    while (read < length)
                    {
                        int n = output.Read(body, read, length - read);
                        if (n == 0)
                        {
                            throw new EndOfStreamException();
                        }

                        read += n;
                    }

                    _incoming.Add(JsonNode.Parse(body)!);
                }
            }
            catch (Exception exception) when (exception is IOException or InvalidDataException or ObjectDisposedException or EndOfStreamException)
            {
                lock (_stderr)
                {
                    _stderr.AppendLine("client: " + exception.Message);
                }
            }
            finally
            {
                _incoming.CompleteAdding();
            }
        }

        private static string? ReadLine(Stream stream)
        {
            var line = new StringBuilder();
            while (true)
            {
                int b = stream.ReadByte();
                if (b < 0)
                {
                    return line.Length == 0 ? null : line.ToString();
                }

                if (b == '\n')
                {
                    return line.ToString().TrimEnd('\r');
                }

                line.Append((char)b);
            }
        }

        public void Dispose()
        {
            try
            {
                if (!_process.HasExited)
                {
                    _process.Kill(entireProcessTree: true);
                }
            }
            catch (InvalidOperationException)
            {
            }

            _process.Dispose();
        }
    }
}
