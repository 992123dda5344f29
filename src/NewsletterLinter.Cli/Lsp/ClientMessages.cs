using System.Collections.Generic;

namespace NewsletterLinter.Cli.Lsp
{
    // The parameters the server reads from the client, deserialized through ProtocolJson: a member of
    // the wrong type makes the message fail as a whole (the server logs it and goes on), and a member
    // the protocol makes optional is null when absent.

    /// <summary>A document by URI.</summary>
    internal sealed record TextDocumentIdentifier(string? Uri);

    /// <summary>A document by URI, with the version of its text.</summary>
    internal sealed record VersionedTextDocumentIdentifier(string? Uri, int? Version);

    /// <summary>A document opened in the editor.</summary>
    internal sealed record TextDocumentItem(string? Uri, string? LanguageId, int? Version, string? Text);

    /// <summary>The parameters of <c>textDocument/didOpen</c>.</summary>
    internal sealed record DidOpenTextDocumentParams(TextDocumentItem? TextDocument);

    /// <summary>One change of a document: a range and its new text, or the whole text when the range is absent.</summary>
    internal sealed record TextDocumentContentChangeEvent(LspRange? Range, string? Text);

    /// <summary>The parameters of <c>textDocument/didChange</c>.</summary>
    internal sealed record DidChangeTextDocumentParams(VersionedTextDocumentIdentifier? TextDocument, IReadOnlyList<TextDocumentContentChangeEvent>? ContentChanges);

    /// <summary>The parameters of <c>textDocument/didClose</c>.</summary>
    internal sealed record DidCloseTextDocumentParams(TextDocumentIdentifier? TextDocument);

    /// <summary>A file created, changed or deleted on disk.</summary>
    internal sealed record FileEvent(string? Uri, int Type);

    /// <summary>The parameters of <c>workspace/didChangeWatchedFiles</c>.</summary>
    internal sealed record DidChangeWatchedFilesParams(IReadOnlyList<FileEvent>? Changes);

    /// <summary>What kinds of code action the client asks for.</summary>
    internal sealed record CodeActionContext(IReadOnlyList<string?>? Only);

    /// <summary>The parameters of <c>textDocument/codeAction</c>.</summary>
    internal sealed record CodeActionParams(TextDocumentIdentifier? TextDocument, LspRange? Range, CodeActionContext? Context);

    /// <summary>A workspace folder.</summary>
    internal sealed record WorkspaceFolder(string? Uri, string? Name);

    /// <summary>Whether the client registers file watchers when the server asks.</summary>
    internal sealed record DidChangeWatchedFilesClientCapabilities(bool? DynamicRegistration);

    /// <summary>The client's workspace capabilities the server reads.</summary>
    internal sealed record WorkspaceClientCapabilities(DidChangeWatchedFilesClientCapabilities? DidChangeWatchedFiles);

    /// <summary>The client's capabilities the server reads.</summary>
    internal sealed record ClientCapabilities(WorkspaceClientCapabilities? Workspace);

    /// <summary>The parameters of <c>initialize</c> the server reads.</summary>
    internal sealed record InitializeParams(IReadOnlyList<WorkspaceFolder>? WorkspaceFolders, string? RootUri, string? RootPath, ClientCapabilities? Capabilities);
}
