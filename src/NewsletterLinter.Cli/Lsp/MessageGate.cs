using System;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using System.Threading;
using System.Threading.Tasks;

namespace NewsletterLinter.Cli.Lsp
{
    /// <summary>
    /// Stands between the client and the JSON-RPC connection: reads the client's header-delimited
    /// messages and passes on only those that are JSON-RPC 2.0 objects of a sane size, parsed. A malformed
    /// message (no Content-Length, a body that is not UTF-8 or not JSON, a message over the size limit) is
    /// dropped and reported to the client through <c>window/logMessage</c>, so that nothing the
    /// client sends can bring the connection down. Standard input closing ends the connection.
    /// </summary>
    internal static class MessageGate
    {
        /// <summary>The largest message accepted: 64 MiB.</summary>
        public const int MaxMessageBytes = 64 * 1024 * 1024;

        /// <summary>
        /// Reads messages until <paramref name="input"/> ends and hands each well-formed one to
        /// <paramref name="accept"/> (the element is valid only until the returned task completes).
        /// </summary>
        public static async Task RunAsync(Stream input, Func<JsonElement, Task> accept, Func<string, Task> reject, CancellationToken cancellationToken)
        {
            try
            {
                var reader = new BufferedStream(input, 64 * 1024);
                while (!cancellationToken.IsCancellationRequested)
                {
                    (bool ended, long? length) = await ReadHeadersAsync(reader, cancellationToken).ConfigureAwait(false);
                    if (ended)
                    {
                        return;
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

                    if (Read(body, out JsonDocument? message) is { } problem)
                    {
                        await reject("A malformed message was ignored: " + problem).ConfigureAwait(false);
                        continue;
                    }

                    using (message)
                    {
                        try
                        {
                            await accept(message!.RootElement).ConfigureAwait(false);
                        }
                        catch (Exception exception) when (exception is not (IOException or OperationCanceledException or ObjectDisposedException or OutOfMemoryException))
                        {
                            // A message of the right shape whose content the dispatcher could not read
                            // (a member of an unexpected type): dropped like any other malformed one.
                            await reject("A message that could not be dispatched was ignored: " + exception.GetType().Name + ": " + exception.Message).ConfigureAwait(false);
                        }
                    }
                }
            }
            catch (Exception exception) when (exception is IOException or OperationCanceledException or ObjectDisposedException)
            {
                // The client went away, or the server is stopping.
            }
        }

        /// <summary>Parses a body; returns why it is not a JSON-RPC 2.0 message, or null and the parsed message.</summary>
        private static string? Read(byte[] body, out JsonDocument? message)
        {
            message = null;
            if (!Utf8.IsValid(body))
            {
                // JSON text is UTF-8 (RFC 8259); the parser would only notice an invalid byte inside a
                // string when that string is read, long after the message was accepted.
                return "the body is not valid UTF-8.";
            }

            JsonDocument? document = null;
            try
            {
                document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 256 });
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

                if (method.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.String))
                {
                    return "its method is not a string.";
                }

                message = document;
                document = null;
                return null;
            }
            catch (JsonException exception)
            {
                return "the body is not valid JSON (" + exception.Message + ").";
            }
            finally
            {
                document?.Dispose();
            }
        }

        /// <summary>Reads one message's header lines up to the blank line after them; the Content-Length, if any, or that the input ended.</summary>
        private static async Task<(bool Ended, long? Length)> ReadHeadersAsync(Stream reader, CancellationToken cancellationToken)
        {
            long? length = null;
            bool any = false;
            while (true)
            {
                string? line = await ReadHeaderLineAsync(reader, cancellationToken).ConfigureAwait(false);
                if (line is null)
                {
                    return (true, null);
                }

                if (line.Length == 0)
                {
                    if (any)
                    {
                        return (false, length);
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
