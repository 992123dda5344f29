using System;
using System.Globalization;
using System.IO;
using System.IO.Pipes;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using NewsletterLinter.Cli.Lsp;

namespace NewsletterLinter.Cli.Tests.Lsp
{
    /// <summary>The server's JSON-RPC connection in process, over a pair of pipes: dispatch order, answers, errors and cancellation.</summary>
    public sealed class JsonRpcEndpointTests : IDisposable
    {
        private readonly AnonymousPipeServerStream _toServer = new(PipeDirection.Out);
        private readonly AnonymousPipeServerStream _fromServer = new(PipeDirection.In);
        private readonly AnonymousPipeClientStream _serverInput;
        private readonly AnonymousPipeClientStream _serverOutput;
        private readonly JsonRpcEndpoint _endpoint;

        public JsonRpcEndpointTests()
        {
            _serverInput = new AnonymousPipeClientStream(PipeDirection.In, _toServer.ClientSafePipeHandle);
            _serverOutput = new AnonymousPipeClientStream(PipeDirection.Out, _fromServer.ClientSafePipeHandle);
            _endpoint = new JsonRpcEndpoint(_serverOutput);
        }

        public void Dispose()
        {
            _toServer.Dispose();
            _serverInput.Dispose();
            _serverOutput.Dispose();
            _fromServer.Dispose();
        }

        [Fact]
        public async Task Requests_are_answered_with_their_id_and_unknown_methods_with_method_not_found()
        {
            _endpoint.AddRequest("range", (p, _) => Task.FromResult(new LspRange(new LspPosition(p.GetProperty("line").GetInt32(), 0), new LspPosition(2, 3))), ProtocolJson.Default.LspRange);
            Task listening = Listen();

            Send("""{"jsonrpc":"2.0","id":"a-7","method":"range","params":{"line":4}}""");
            JsonNode answer = Receive();
            Assert.Equal("a-7", answer["id"]!.GetValue<string>());
            Assert.Equal(4, answer["result"]!["start"]!["line"]!.GetValue<int>());
            Assert.Equal(3, answer["result"]!["end"]!["character"]!.GetValue<int>());

            Send("""{"jsonrpc":"2.0","id":8,"method":"nothing/here"}""");
            answer = Receive();
            Assert.Equal(8, answer["id"]!.GetValue<int>());
            Assert.Equal(JsonRpcEndpoint.MethodNotFound, answer["error"]!["code"]!.GetValue<int>());

            _toServer.Dispose();
            await listening.WaitAsync(TimeSpan.FromSeconds(10));
            Assert.True(_endpoint.Completion.IsCompleted);
        }

        [Fact]
        public async Task A_failing_handler_answers_an_internal_error_and_the_connection_goes_on()
        {
            _endpoint.AddRequest<LspRange>("fail", (p, _) => Task.FromResult(p.GetProperty("missing").Deserialize(ProtocolJson.Default.LspRange)!), ProtocolJson.Default.LspRange);
            _endpoint.AddRequest<object?>("ok", (_, _) => Task.FromResult<object?>(null), ProtocolJson.Default.Object);
            Task listening = Listen();

            Send("""{"jsonrpc":"2.0","id":1,"method":"fail","params":{}}""");
            JsonNode answer = Receive();
            Assert.Equal(JsonRpcEndpoint.InternalError, answer["error"]!["code"]!.GetValue<int>());
            Assert.Contains("KeyNotFoundException", answer["error"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);

            Send("""{"jsonrpc":"2.0","id":2,"method":"ok"}""");
            answer = Receive();
            Assert.Equal(2, answer["id"]!.GetValue<int>());
            Assert.True(answer.AsObject().ContainsKey("result"));
            Assert.Null(answer["result"]);

            _toServer.Dispose();
            await listening.WaitAsync(TimeSpan.FromSeconds(10));
        }

        [Fact]
        public async Task Notifications_run_in_the_order_they_arrive_and_cancel_request_cancels_a_running_request()
        {
            var order = new StringBuilder();
            var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _endpoint.AddNotification("note", p =>
            {
                order.Append(p.GetProperty("n").GetInt32());
                return Task.CompletedTask;
            });
            _endpoint.AddRequest<object?>("slow", async (_, token) =>
            {
                started.SetResult();
                await Task.Delay(Timeout.Infinite, token);
                return null;
            }, ProtocolJson.Default.Object);
            Task listening = Listen();

            for (int n = 1; n <= 5; n++)
            {
                Send("{\"jsonrpc\":\"2.0\",\"method\":\"note\",\"params\":{\"n\":" + n.ToString(CultureInfo.InvariantCulture) + "}}");
            }

            Send("""{"jsonrpc":"2.0","method":"$/unknownNotification","params":{}}""");
            Send("""{"jsonrpc":"2.0","id":31,"method":"slow"}""");
            await started.Task.WaitAsync(TimeSpan.FromSeconds(10));
            Assert.Equal("12345", order.ToString());

            Send("""{"jsonrpc":"2.0","method":"$/cancelRequest","params":{"id":31}}""");
            JsonNode answer = Receive();
            Assert.Equal(31, answer["id"]!.GetValue<int>());
            Assert.Equal(JsonRpcEndpoint.RequestCancelled, answer["error"]!["code"]!.GetValue<int>());

            _toServer.Dispose();
            await listening.WaitAsync(TimeSpan.FromSeconds(10));
        }

        [Fact]
        public async Task A_request_to_the_client_gets_its_result_or_its_error_and_fails_when_the_client_goes_away()
        {
            Task listening = Listen();
            var parameters = new LogMessageParams(3, "hello");

            Task<JsonElement> first = _endpoint.RequestAsync("client/echo", parameters, ProtocolJson.Default.LogMessageParams);
            JsonNode request = Receive();
            Assert.Equal("client/echo", request["method"]!.GetValue<string>());
            Assert.Equal("hello", request["params"]!["message"]!.GetValue<string>());
            Send("{\"jsonrpc\":\"2.0\",\"id\":" + request["id"]!.ToJsonString() + ",\"result\":{\"echo\":true}}");
            Assert.True((await first.WaitAsync(TimeSpan.FromSeconds(10))).GetProperty("echo").GetBoolean());

            Task<JsonElement> second = _endpoint.RequestAsync("client/refuse", parameters, ProtocolJson.Default.LogMessageParams);
            request = Receive();
            Send("{\"jsonrpc\":\"2.0\",\"id\":" + request["id"]!.ToJsonString() + ",\"error\":{\"code\":-32601,\"message\":\"no\"}}");
            JsonRpcErrorException error = await Assert.ThrowsAsync<JsonRpcErrorException>(() => second.WaitAsync(TimeSpan.FromSeconds(10)));
            Assert.Equal(-32601, error.Code);

            Task<JsonElement> third = _endpoint.RequestAsync("client/never", parameters, ProtocolJson.Default.LogMessageParams);
            Receive();
            _toServer.Dispose();
            await listening.WaitAsync(TimeSpan.FromSeconds(10));
            await Assert.ThrowsAsync<IOException>(() => third.WaitAsync(TimeSpan.FromSeconds(10)));
            await Assert.ThrowsAsync<IOException>(() => _endpoint.RequestAsync("client/late", parameters, ProtocolJson.Default.LogMessageParams));
        }

        private Task Listen() => Task.Run(() => _endpoint.ListenAsync(_serverInput, _ => Task.CompletedTask, CancellationToken.None));

        private void Send(string json)
        {
            byte[] body = Encoding.UTF8.GetBytes(json);
            _toServer.Write(Encoding.ASCII.GetBytes("Content-Length: " + body.Length.ToString(CultureInfo.InvariantCulture) + "\r\n\r\n"));
            _toServer.Write(body);
            _toServer.Flush();
        }

        /// <summary>The next message the endpoint wrote.</summary>
        private JsonNode Receive()
        {
            int length = -1;
            string line;
            while ((line = ReadLine()).Length > 0)
            {
                if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
                {
                    length = int.Parse(line.AsSpan(15).Trim(), CultureInfo.InvariantCulture);
                }
            }

            Assert.True(length > 0, "a message without a Content-Length header");
            byte[] body = new byte[length];
            _fromServer.ReadExactly(body);
            JsonNode message = JsonNode.Parse(body)!;
            Assert.Equal("2.0", message["jsonrpc"]!.GetValue<string>());
            return message;
        }

        private string ReadLine()
        {
            var line = new StringBuilder();
            int b;
            while ((b = _fromServer.ReadByte()) >= 0 && b != '\n')
            {
                line.Append((char)b);
            }

            return line.ToString().TrimEnd('\r');
        }
    }
}
