using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using NewsletterLinter.Parsing.Fixing;
using NewsletterLinter.Parsing.Rules;

namespace NewsletterLinter.Cli.Lsp
{
    /// <summary>
    /// The language server's methods: lifecycle, document sync (incremental), diagnostics pushed per
    /// open issue, quick fixes and a fix-all source action, and workspace file events. The rules,
    /// messages, fixes, severities and baseline are those of <c>lint</c> and <c>fix</c>; the server
    /// never writes a file, it sends edits to the client.
    /// </summary>
    internal sealed class LanguageServer
    {
        private const string Source = CodeActions.Source;
        private readonly object _gate = new();
        private readonly WorkspaceIssues _workspace = new();
        private readonly Dictionary<string, CancellationTokenSource> _pending = new(StringComparer.Ordinal);
        private readonly TaskCompletionSource<int> _exit = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private JsonRpcEndpoint? _rpc;
        private bool _shutdown;
        private bool _watchFiles;

        /// <summary>How long the server waits after a change before it checks, so a fast typist does not queue a check per keystroke.</summary>
        public TimeSpan Debounce { get; init; } = TimeSpan.FromMilliseconds(150);

        /// <summary>Completes with the exit code when the client sends <c>exit</c>: 0 after <c>shutdown</c>, 1 otherwise.</summary>
        public Task<int> Exited => _exit.Task;

        /// <summary>Binds the server's methods to <paramref name="rpc"/> and sends its notifications there.</summary>
        public void Attach(JsonRpcEndpoint rpc)
        {
            _rpc = rpc;
            rpc.AddRequest("initialize", (p, _) => Task.FromResult(Initialize(p)), ProtocolJson.Default.InitializeResult);
            rpc.AddRequest("shutdown", (_, _) => Task.FromResult(Shutdown()), ProtocolJson.Default.Object);
            rpc.AddRequest("textDocument/codeAction", (p, token) => Task.FromResult(CodeAction(p, token)), ProtocolJson.Default.LspCodeActionArray);
            rpc.AddNotification("initialized", InitializedAsync);
            rpc.AddNotification("exit", _ =>
            {
                Exit();
                return Task.CompletedTask;
            });
            rpc.AddNotification("textDocument/didOpen", DidOpenAsync);
            rpc.AddNotification("textDocument/didChange", DidChangeAsync);
            rpc.AddNotification("textDocument/didSave", DidSaveAsync);
            rpc.AddNotification("textDocument/didClose", DidCloseAsync);
            rpc.AddNotification("workspace/didChangeWatchedFiles", DidChangeWatchedFilesAsync);
        }

        public InitializeResult Initialize(JsonElement parameters)
        {
            InitializeParams request = parameters.Deserialize(ProtocolJson.Default.InitializeParams) ?? throw new InvalidOperationException("initialize has no parameters.");
            var roots = new List<string>();
            roots.AddRange((request.WorkspaceFolders ?? Array.Empty<WorkspaceFolder>()).Where(f => f?.Uri is not null).Select(f => PathOf(f.Uri!)));
            if (roots.Count == 0 && request.RootUri is { } rootUri)
            {
                roots.Add(PathOf(rootUri));
            }

            if (roots.Count == 0 && request.RootPath is { } rootPath)
            {
                roots.Add(rootPath);
            }

            _watchFiles = request.Capabilities?.Workspace?.DidChangeWatchedFiles?.DynamicRegistration == true;

            List<string> messages;
            lock (_gate)
            {
                messages = _workspace.Load(roots);
            }

            _ = Task.Run(async () =>
            {
                foreach (string message in messages)
                {
                    await LogAsync(LspConstants.MessageLog, message).ConfigureAwait(false);
                }
            });

            var offered = new ServerCapabilities(
                new TextDocumentSyncOptions(OpenClose: true, LspConstants.SyncIncremental, new SaveOptions(IncludeText: false)),
                new CodeActionOptions(new[] { LspConstants.QuickFix, LspConstants.SourceFixAll }),
                new WorkspaceServerCapabilities(new WorkspaceFoldersServerCapabilities(Supported: true, ChangeNotifications: false)));
            return new InitializeResult(offered, new ServerInfo(Source, typeof(LanguageServer).Assembly.GetName().Version?.ToString(3) ?? "0.0.0"));
        }

        public async Task InitializedAsync(JsonElement parameters)
        {
            if (_watchFiles && _rpc is not null)
            {
                var watchers = new DidChangeWatchedFilesRegistrationOptions(new[] { new FileSystemWatcher("**/*.{md,markdown}"), new FileSystemWatcher("**/newsletter-lint.{json,baseline}") });
                try
                {
                    await _rpc.RequestAsync("client/registerCapability", new RegistrationParams(new[] { new Registration("newsletter-lint-watch", "workspace/didChangeWatchedFiles", watchers) }), ProtocolJson.Default.RegistrationParams).ConfigureAwait(false);
                }
                catch (Exception exception) when (exception is JsonRpcErrorException or System.IO.IOException)
                {
                    await LogAsync(LspConstants.MessageWarning, "The client did not accept file watchers: " + exception.Message).ConfigureAwait(false);
                }
            }
        }

        public object? Shutdown()
        {
            _shutdown = true;
            lock (_gate)
            {
                foreach (CancellationTokenSource pending in _pending.Values)
                {
                    pending.Cancel();
                }

                _pending.Clear();
            }

            return null;
        }

        public void Exit() => _exit.TrySetResult(_shutdown ? 0 : 1);

        public Task DidOpenAsync(JsonElement parameters) => Guard(async () =>
        {
            TextDocumentItem document = parameters.Deserialize(ProtocolJson.Default.DidOpenTextDocumentParams)?.TextDocument ?? throw new InvalidOperationException("didOpen names no document.");
            string uri = document.Uri ?? throw new InvalidOperationException("didOpen names no document.");
            string path = PathOf(uri);
            List<string> republish;
            lock (_gate)
            {
                if (!_workspace.IsIssue(path))
                {
                    return;
                }

                WorkspaceIssues.OpenIssue issue = _workspace.Opened(uri, path, document.Text ?? string.Empty, document.Version ?? 0);
                bool changed = _workspace.Reparse(issue);
                republish = changed ? _workspace.Open.Select(o => o.Uri).Where(u => u != uri).ToList() : new List<string>();
            }

            await PublishAsync(uri, CancellationToken.None).ConfigureAwait(false);
            foreach (string other in republish)
            {
                await PublishAsync(other, CancellationToken.None).ConfigureAwait(false);
            }
        });

        public Task DidChangeAsync(JsonElement parameters) => Guard(() =>
        {
            // Every change is read before any is applied, so a malformed one leaves the buffer as it was.
            DidChangeTextDocumentParams change = parameters.Deserialize(ProtocolJson.Default.DidChangeTextDocumentParams) ?? throw new InvalidOperationException("didChange has no parameters.");
            string uri = change.TextDocument?.Uri ?? throw new InvalidOperationException("didChange names no document.");
            IReadOnlyList<TextDocumentContentChangeEvent> changes = change.ContentChanges ?? throw new InvalidOperationException("didChange has no changes.");
            if (changes.Any(c => c?.Text is null))
            {
                throw new InvalidOperationException("didChange has a change without its text.");
            }

            CancellationToken token;
            lock (_gate)
            {
                if (_workspace.Find(uri) is not { } issue)
                {
                    return Task.CompletedTask;
                }

                foreach (TextDocumentContentChangeEvent part in changes)
                {
                    issue.Text.Apply(part.Range, part.Text!);
                }

                if (change.TextDocument.Version is { } version)
                {
                    issue.Version = version;
                }

                issue.Document = null;
                if (_pending.Remove(uri, out CancellationTokenSource? previous))
                {
                    previous.Cancel();
                }

                var source = new CancellationTokenSource();
                _pending[uri] = source;
                token = source.Token;
            }

            _ = Task.Run(async () =>
            {
                try
                {
                    await Task.Delay(Debounce, token).ConfigureAwait(false);
                    List<string> others;
                    lock (_gate)
                    {
                        if (_workspace.Find(uri) is not { } issue)
                        {
                            return;
                        }

                        bool changed = _workspace.Reparse(issue);
                        others = changed ? _workspace.Open.Select(o => o.Uri).Where(u => u != uri).ToList() : new List<string>();
                    }

                    await PublishAsync(uri, token).ConfigureAwait(false);

                    // A new number or new titles change what the issues citing this one find.
                    foreach (string other in others)
                    {
                        await PublishAsync(other, token).ConfigureAwait(false);
                    }
                }
                catch (OperationCanceledException)
                {
                    // A newer change, or shutdown, replaced this check.
                }
                catch (Exception exception)
                {
                    await LogAsync(LspConstants.MessageError, "Checking " + uri + " failed: " + exception.Message).ConfigureAwait(false);
                }
            });
            return Task.CompletedTask;
        });

        public Task DidSaveAsync(JsonElement parameters) => Task.CompletedTask;

        public Task DidCloseAsync(JsonElement parameters) => Guard(async () =>
        {
            string uri = parameters.Deserialize(ProtocolJson.Default.DidCloseTextDocumentParams)?.TextDocument?.Uri ?? throw new InvalidOperationException("didClose names no document.");
            lock (_gate)
            {
                if (_pending.Remove(uri, out CancellationTokenSource? pending))
                {
                    pending.Cancel();
                }

                _workspace.Closed(uri);
            }

            await PublishAsync(new PublishDiagnosticsParams(uri, null, Array.Empty<LspDiagnostic>())).ConfigureAwait(false);
        });

        public Task DidChangeWatchedFilesAsync(JsonElement parameters) => Guard(async () =>
        {
            bool any = false;
            List<string> open;
            lock (_gate)
            {
                IReadOnlyList<FileEvent> changes = parameters.Deserialize(ProtocolJson.Default.DidChangeWatchedFilesParams)?.Changes ?? Array.Empty<FileEvent>();
                foreach (FileEvent change in changes)
                {
                    if (change?.Uri is not { } uri || _workspace.Find(uri) is not null)
                    {
                        // A change without a file, or an open buffer, which takes precedence over the file on disk.
                        continue;
                    }

                    any |= _workspace.DiskChanged(PathOf(uri), change.Type == LspConstants.FileDeleted);
                }

                open = any ? _workspace.Open.Select(o => o.Uri).ToList() : new List<string>();
            }

            foreach (string uri in open)
            {
                await PublishAsync(uri, CancellationToken.None).ConfigureAwait(false);
            }
        });

        public LspCodeAction[] CodeAction(JsonElement parameters, CancellationToken cancellationToken)
        {
            CodeActionParams request = parameters.Deserialize(ProtocolJson.Default.CodeActionParams) ?? throw new InvalidOperationException("codeAction has no parameters.");
            string uri = request.TextDocument?.Uri ?? throw new InvalidOperationException("codeAction names no document.");
            LspRange range = request.Range ?? throw new InvalidOperationException("codeAction has no range.");
            lock (_gate)
            {
                cancellationToken.ThrowIfCancellationRequested();
                return _workspace.Find(uri) is { } issue
                    ? CodeActions.For(_workspace, issue, range, request.Context?.Only?.Select(k => k ?? string.Empty).ToArray())
                    : Array.Empty<LspCodeAction>();
            }
        }

        private async Task PublishAsync(string uri, CancellationToken cancellationToken)
        {
            PublishDiagnosticsParams message;
            lock (_gate)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (_workspace.Find(uri) is not { } issue)
                {
                    return;
                }

                message = new PublishDiagnosticsParams(uri, issue.Version, _workspace.Check(issue).Select(r => CodeActions.ToDiagnostic(r.Finding, r)).ToArray());
            }

            await PublishAsync(message).ConfigureAwait(false);
        }

        /// <summary>The file path of a <c>file:</c> URI; other URIs stay as they are.</summary>
        internal static string PathOf(string uri)
            => Uri.TryCreate(uri, UriKind.Absolute, out Uri? parsed) && parsed.IsFile ? parsed.LocalPath : uri;

        public Task LogAsync(int type, string message) => NotifyAsync("window/logMessage", new LogMessageParams(type, message), ProtocolJson.Default.LogMessageParams);

        private Task PublishAsync(PublishDiagnosticsParams message) => NotifyAsync("textDocument/publishDiagnostics", message, ProtocolJson.Default.PublishDiagnosticsParams);

        private async Task NotifyAsync<T>(string method, T argument, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type)
        {
            if (_rpc is null || _rpc.IsClosed)
            {
                return;
            }

            try
            {
                await _rpc.NotifyAsync(method, argument, type).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is ObjectDisposedException or System.IO.IOException)
            {
                // The client is gone; there is no one left to tell.
            }
        }

        /// <summary>Runs a notification's work; a failure goes to the client's log, never out of the server.</summary>
        private async Task Guard(Func<Task> work)
        {
            try
            {
                await work().ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                await LogAsync(LspConstants.MessageError, "newsletter-lint: " + exception.GetType().Name + ": " + exception.Message).ConfigureAwait(false);
            }
        }
    }
}
