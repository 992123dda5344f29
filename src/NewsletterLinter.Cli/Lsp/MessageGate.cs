using System;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace NewsletterLinter.Cli.Lsp
{
    /// <summary>
    /// Stands between the client and the JSON-RPC connection: reads the client's header-delimited
    /// messages and passes on only those that are JSON-RPC 2.0 objects of a sane size. A malformed
    /// message (no Content-Length, a body that is not JSON, a message over the size limit) is
    /// dropped and reported to the client through <c>window/logMessage</c>, so that nothing the
    /// client sends can bring the connection down. Standard input closing ends the connection.
    /// </summary>
    internal static class MessageGate
    {
        /// <summary>The largest message accepted: 64 MiB.</summary>
        public const int MaxMessageBytes = 64 * 1024 * 1024;

        public static async Task RunAsync(Stream input, Stream forward, Func<string, Task> reject, CancellationToken cancellationToken)
        {
            try
            {
                var reader = new BufferedStream(input, 64 * 1024);
                while (!cancellationToken.IsCancellationRequested)
                {
                    long? length = null;
                    bool any = false;
                    while (true)
                    {
                        string? line = await ReadHeaderLineAsync(reader, cancellationToken).ConfigureAwait(false);
                        if (line is null)
                        {
                            return;
                        }

                        if (line.Length == 0)
                        {
                            if (any)
                            {
                                break;
                            }

                            continue;
                        }

                        any = true;
                        int colon = line.IndexOf(':');
                        if (colon > 0 && line.AsSpan(0, colon).Trim().Equals("Content-Length", StringComparison.OrdinalIgnoreCase)
                            && long.TryParse(line.AsSpan(colon + 1).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out long value))
                        {
                            length = value;
                        }
                    }

                    if (length is null)
                    {
                        await reject("A message without a Content-Length header was ignored.").ConfigureAwait(false);
                        continue;
                    }

                    if (length > MaxMessageBytes)
                    {
                        await SkipAsync(reader, length.Value, cancellationToken).ConfigureAwait(false);
                        await reject($"A message of {length:N0} bytes, over the limit of {MaxMessageBytes:N0}, was ignored.").ConfigureAwait(false);
                        continue;
                    }

                    byte[] body = new byte[length.Value];
                    int read = 0;
                    while (read < body.Length)
                    {
                        int n = await reader.ReadAsync(body.AsMemory(read), cancellationToken).ConfigureAwait(false);
                        if (n == 0)
                        {
                            return;
                        }

                        read += n;
                    }

                    if (Validate(body) is { } problem)
                    {
                        await reject("A malformed message was ignored: " + problem).ConfigureAwait(false);
                        continue;
                    }

                    byte[] header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n");
                    await forward.WriteAsync(header, cancellationToken).ConfigureAwait(false);
                    await forward.WriteAsync(body, cancellationToken).ConfigureAwait(false);
                    await forward.FlushAsync(cancellationToken).ConfigureAwait(false);
                }
            }
            catch (Exception exception) when (exception is IOException or OperationCanceledException or ObjectDisposedException)
            {
                // The client went away, or the server is stopping.
            }
            finally
            {
                await forward.DisposeAsync().ConfigureAwait(false);
            }
        }

        /// <summary>Why a body is not a JSON-RPC 2.0 message; null when it is one.</summary>
        internal static string? Validate(byte[] body)
        {
            try
            {
                using JsonDocument document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 256 });
                JsonElement root = document.RootElement;
                if (root.ValueKind != JsonValueKind.Object)
                {
                    return "the body is not a JSON object.";
                }

                if (!root.TryGetProperty("jsonrpc", out JsonElement version) || version.ValueKind != JsonValueKind.String || version.GetString() != "2.0")
                {
                    return "the body is not a JSON-RPC 2.0 message ('jsonrpc': '2.0' is missing).";
                }

                if (!root.TryGetProperty("method", out JsonElement method) && !root.TryGetProperty("id", out _))
                {
                    return "the body has neither a method nor an id.";
                }

                return method.ValueKind is JsonValueKind.Undefined or JsonValueKind.String ? null : "its method is not a string.";
            }
            catch (JsonException exception)
            {
                return "the body is not valid JSON (" + exception.Message + ").";
            }
        }

        private static async Task<string?> ReadHeaderLineAsync(Stream reader, CancellationToken cancellationToken)
        {
            var line = new StringBuilder();
            byte[] one = new byte[1];
            while (true)
            {
                int n = await reader.ReadAsync(one.AsMemory(0, 1), cancellationToken).ConfigureAwait(false);
                if (n == 0)
                {
                    return null;
                }

                if (one[0] == '\n')
                {
                    return line.ToString().TrimEnd('\r');
                }

                if (line.Length < 8192)
                {
                    line.Append((char)one[0]);
                }
            }
        }

        private static async Task SkipAsync(Stream reader, long count, CancellationToken cancellationToken)
        {
            byte[] buffer = new byte[81920];
            while (count > 0)
            {
                int n = await reader.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, count)), cancellationToken).ConfigureAwait(false);
                if (n == 0)
                {
                    return;
                }

                count -= n;
            }
        }
    }
}
