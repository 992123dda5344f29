using System;
using System.CommandLine;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using NewsletterLinter.Cli.Lsp;

namespace NewsletterLinter.Cli.Commands
{
    /// <summary><c>lsp</c>: the rules as a language server over standard input and output.</summary>
    internal static class LspCommand
    {
        public static Command Create()
        {
            var debounce = new Option<int>("--debounce") { Description = "Milliseconds to wait after a change before checking (default 150).", DefaultValueFactory = _ => 150, HelpName = "ms" };
            debounce.Validators.Add(r =>
            {
                if (r.GetValueOrDefault<int>() is < 0 or > 10000)
                {
                    r.AddError("--debounce takes 0 to 10000 milliseconds.");
                }
            });
            var command = new Command("lsp", "Run a language server over standard input and output (Language Server Protocol, JSON-RPC): live findings, quick fixes and fix-all for the issues open in any editor, with the workspace's issues indexed for the cross-file rules. See docs/editors.md.");
            command.Options.Add(debounce);
            command.SetAction(async (result, cancellationToken) =>
            {
                // Standard output carries protocol messages only: anything written to Console.Out goes to standard error.
                Stream output = Console.OpenStandardOutput();
                Console.SetOut(Console.Error);
                return await RunAsync(Console.OpenStandardInput(), output, TimeSpan.FromMilliseconds(result.GetValue(debounce)), cancellationToken).ConfigureAwait(false);
            });
            return command;
        }

        /// <summary>Serves one client on the two streams until it exits or goes away; returns the exit code.</summary>
        public static async Task<int> RunAsync(Stream input, Stream output, TimeSpan debounce, CancellationToken cancellationToken)
        {
            var server = new LanguageServer { Debounce = debounce };
            var rpc = new JsonRpcEndpoint(output);
            server.Attach(rpc);
            Task listening = rpc.ListenAsync(input, message => server.LogAsync(LspConstants.MessageError, message), cancellationToken);
            await Task.WhenAny(server.Exited, listening).ConfigureAwait(false);

            // A client that sends exit and closes the stream at once ends both; exit decides.
            if (!server.Exited.IsCompleted)
            {
                return 1;
            }

            // The answer to shutdown (or to any request before exit) may still be waiting for the writer.
            await Task.WhenAny(rpc.AnsweredAsync(), Task.Delay(TimeSpan.FromSeconds(5), CancellationToken.None)).ConfigureAwait(false);
            return await server.Exited.ConfigureAwait(false);
        }
    }
}
