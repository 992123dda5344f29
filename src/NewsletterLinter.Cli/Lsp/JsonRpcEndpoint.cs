using System;
using System.Buffers;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;

namespace NewsletterLinter.Cli.Lsp
{
    /// <summary>
    /// One JSON-RPC 2.0 connection over header-delimited streams (the Language Server Protocol's base
    /// protocol), with every message written through source-generated JSON metadata: nothing is
    /// reflected over, so the server runs the same in a native (ahead-of-time) build of the tool.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Incoming messages are dispatched in the order they arrive: each handler runs on the reading
    /// loop up to its first <c>await</c>, so a change is applied before the next message is read and
    /// a request that follows it sees it. A request's response is written when its handler
    /// completes; <c>$/cancelRequest</c> cancels the token the handler was given.
    /// </para>
    /// <para>
    /// Errors follow JSON-RPC: an unknown request method answers -32601, a handler that fails answers
    /// -32603 with its message, a cancelled one -32800 (the protocol's RequestCancelled). Unknown
    /// notifications are ignored, as the protocol asks.
    /// </para>
    /// </remarks>
    internal sealed class JsonRpcEndpoint
    {
        public const int MethodNotFound = -32601;
        public const int InternalError = -32603;
        public const int RequestCancelled = -32800;

        private static readonly byte[] NullResult = Encoding.UTF8.GetBytes("null");

        private readonly Stream _output;
        private readonly SemaphoreSlim _writing = new(1, 1);
        private readonly Dictionary<string, Func<JsonElement, CancellationToken, Task<byte[]>>> _requests = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Func<JsonElement, Task>> _notifications = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<long, TaskCompletionSource<JsonElement>> _awaited = new();
        private readonly ConcurrentDictionary<string, CancellationTokenSource> _running = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<Task, byte> _answering = new();
        private readonly TaskCompletionSource<bool> _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private long _nextId;

        public JsonRpcEndpoint(Stream output) => _output = output;

        /// <summary>Completes when the client's stream has ended (or failed) and the connection is closed.</summary>
        public Task Completion => _closed.Task;

        public bool IsClosed => _closed.Task.IsCompleted;

        /// <summary>Answers <paramref name="method"/> with what <paramref name="handler"/> returns, written as <paramref name="result"/> describes.</summary>
        public void AddRequest<TResult>(string method, Func<JsonElement, CancellationToken, Task<TResult>> handler, JsonTypeInfo<TResult> result)
            => _requests.Add(method, async (parameters, cancellationToken) =>
            {
                TResult value = await handler(parameters, cancellationToken).ConfigureAwait(false);
                return value is null ? NullResult : JsonSerializer.SerializeToUtf8Bytes(value, result);
            });

        /// <summary>Runs <paramref name="handler"/> for each <paramref name="method"/> notification.</summary>
        public void AddNotification(string method, Func<JsonElement, Task> handler) => _notifications.Add(method, handler);

        /// <summary>Reads and dispatches the client's messages until its stream ends; malformed ones go to <paramref name="reject"/>.</summary>
        public async Task ListenAsync(Stream input, Func<string, Task> reject, CancellationToken cancellationToken)
        {
            try
            {
                await MessageGate.RunAsync(input, Dispatch, reject, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                Close();
            }
        }

        /// <summary>Sends a notification.</summary>
        public Task NotifyAsync<T>(string method, T parameters, JsonTypeInfo<T> type)
            => WriteAsync(writer =>
            {
                writer.WriteString("method", method);
                writer.WritePropertyName("params");
                JsonSerializer.Serialize(writer, parameters, type);
            });

        /// <summary>Sends a request and waits for its result; a JSON-RPC error answer throws <see cref="JsonRpcErrorException"/>, a closed connection <see cref="IOException"/>.</summary>
        public async Task<JsonElement> RequestAsync<T>(string method, T parameters, JsonTypeInfo<T> type)
        {
            long id = Interlocked.Increment(ref _nextId);
            var answer = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
            _awaited[id] = answer;
            if (IsClosed)
            {
                _awaited.TryRemove(id, out _);
                throw new IOException("The connection is closed.");
            }

            await WriteAsync(writer =>
            {
                writer.WriteNumber("id", id);
                writer.WriteString("method", method);
                writer.WritePropertyName("params");
                JsonSerializer.Serialize(writer, parameters, type);
            }).ConfigureAwait(false);
            return await answer.Task.ConfigureAwait(false);
        }

        private Task Dispatch(JsonElement message)
        {
            bool hasId = message.TryGetProperty("id", out JsonElement id);
            if (!message.TryGetProperty("method", out JsonElement methodElement))
            {
                Answered(id, message);
                return Task.CompletedTask;
            }

            string method = methodElement.GetString()!;
            JsonElement parameters = message.TryGetProperty("params", out JsonElement p) ? p.Clone() : default;
            if (!hasId)
            {
                if (method == "$/cancelRequest")
                {
                    if (parameters.ValueKind == JsonValueKind.Object && parameters.TryGetProperty("id", out JsonElement cancelled) && _running.TryGetValue(cancelled.GetRawText(), out CancellationTokenSource? running))
                    {
                        running.Cancel();
                    }
                }
                else if (_notifications.TryGetValue(method, out Func<JsonElement, Task>? notification))
                {
                    _ = Observe(() => notification(parameters));
                }

                return Task.CompletedTask;
            }

            id = id.Clone();
            if (!_requests.TryGetValue(method, out Func<JsonElement, CancellationToken, Task<byte[]>>? request))
            {
                return WriteErrorAsync(id, MethodNotFound, "Unknown method: " + method);
            }

            var cancellation = new CancellationTokenSource();
            string key = id.GetRawText();
            _running[key] = cancellation;
            Task answering = Observe(() => RespondAsync(id, key, cancellation, () => request(parameters, cancellation.Token)));
            if (!answering.IsCompleted)
            {
                _answering.TryAdd(answering, 0);
                _ = answering.ContinueWith(done => _answering.TryRemove(done, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            }

            return Task.CompletedTask;
        }

        /// <summary>Completes when every request received so far has been answered (a response still waiting for the writer is written before the server exits).</summary>
        public Task AnsweredAsync() => Task.WhenAll(_answering.Keys);

        /// <summary>Runs a request's handler (on the caller's thread up to its first <c>await</c>) and writes its answer or its error.</summary>
        private async Task RespondAsync(JsonElement id, string key, CancellationTokenSource cancellation, Func<Task<byte[]>> handler)
        {
            try
            {
                byte[] result = await handler().ConfigureAwait(false);
                await WriteAsync(writer =>
                {
                    writer.WritePropertyName("id");
                    id.WriteTo(writer);
                    writer.WritePropertyName("result");
                    writer.WriteRawValue(result, skipInputValidation: true);
                }).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                await WriteErrorAsync(id, RequestCancelled, "The request was cancelled.").ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                await WriteErrorAsync(id, InternalError, exception.GetType().Name + ": " + exception.Message).ConfigureAwait(false);
            }
            finally
            {
                _running.TryRemove(key, out _);
                cancellation.Dispose();
            }
        }

        private void Answered(JsonElement id, JsonElement message)
        {
            if (id.ValueKind != JsonValueKind.Number || !id.TryGetInt64(out long number) || !_awaited.TryRemove(number, out TaskCompletionSource<JsonElement>? answer))
            {
                return;
            }

            if (message.TryGetProperty("error", out JsonElement error) && error.ValueKind == JsonValueKind.Object)
            {
                int code = error.TryGetProperty("code", out JsonElement c) && c.TryGetInt32(out int value) ? value : InternalError;
                string text = error.TryGetProperty("message", out JsonElement m) && m.ValueKind == JsonValueKind.String ? m.GetString()! : "(no message)";
                answer.TrySetException(new JsonRpcErrorException(code, text));
            }
            else
            {
                answer.TrySetResult(message.TryGetProperty("result", out JsonElement result) ? result.Clone() : default);
            }
        }

        private Task WriteErrorAsync(JsonElement id, int code, string message)
            => WriteAsync(writer =>
            {
                writer.WritePropertyName("id");
                id.WriteTo(writer);
                writer.WriteStartObject("error");
                writer.WriteNumber("code", code);
                writer.WriteString("message", message);
                writer.WriteEndObject();
            });

        /// <summary>Writes one message: the header, then <c>{"jsonrpc":"2.0", ...}</c> with what <paramref name="members"/> writes.</summary>
        private async Task WriteAsync(Action<Utf8JsonWriter> members)
        {
            var body = new ArrayBufferWriter<byte>(256);
            using (var writer = new Utf8JsonWriter(body))
            {
                writer.WriteStartObject();
                writer.WriteString("jsonrpc", "2.0");
                members(writer);
                writer.WriteEndObject();
            }

            byte[] header = Encoding.ASCII.GetBytes("Content-Length: " + body.WrittenCount.ToString(CultureInfo.InvariantCulture) + "\r\n\r\n");
            // The client's input ending does not close its output: answers to what it sent before still go out.
            await _writing.WaitAsync().ConfigureAwait(false);
            try
            {
                await _output.WriteAsync(header).ConfigureAwait(false);
                await _output.WriteAsync(body.WrittenMemory).ConfigureAwait(false);
                await _output.FlushAsync().ConfigureAwait(false);
            }
            finally
            {
                _writing.Release();
            }
        }

        private void Close()
        {
            if (!_closed.TrySetResult(true))
            {
                return;
            }

            foreach (KeyValuePair<long, TaskCompletionSource<JsonElement>> awaited in _awaited)
            {
                awaited.Value.TrySetException(new IOException("The connection closed before the client answered."));
            }

            _awaited.Clear();
            foreach (CancellationTokenSource running in _running.Values)
            {
                running.Cancel();
            }
        }

        /// <summary>
        /// Starts work nobody waits for, on the caller's thread up to its first <c>await</c> (so handlers
        /// start in arrival order), and observes its failure (a write to a client that went away)
        /// instead of leaving it to the finalizer. An exception thrown before that first <c>await</c>
        /// ends up in the same place as one thrown after it.
        /// </summary>
        private static async Task Observe(Func<Task> start)
        {
            try
            {
                await start().ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is IOException or ObjectDisposedException or OperationCanceledException)
            {
                // The client is gone, or the work was replaced; there is no one left to tell.
            }
        }
    }

    /// <summary>A JSON-RPC error answer from the other side.</summary>
    internal sealed class JsonRpcErrorException : Exception
    {
        public JsonRpcErrorException(int code, string message)
            : base(message) => Code = code;

        public int Code { get; }
    }
}
