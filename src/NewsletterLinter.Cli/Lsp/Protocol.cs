using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace NewsletterLinter.Cli.Lsp
{
    // The Language Server Protocol types the server sends; what it reads from the client is in
    // ClientMessages.cs.

    /// <summary>A position: 0-based line and UTF-16 character.</summary>
    internal sealed record LspPosition(int Line, int Character);

    /// <summary>A range of positions, end exclusive.</summary>
    internal sealed record LspRange(LspPosition Start, LspPosition End);

    /// <summary>A replacement of a range of a document.</summary>
    internal sealed record LspTextEdit(LspRange Range, string NewText);

    /// <summary>Where a rule is documented.</summary>
    internal sealed record LspCodeDescription(string Href);

    /// <summary>A finding as the client shows it.</summary>
    internal sealed record LspDiagnostic(
        LspRange Range,
        int Severity,
        string Code,
        LspCodeDescription CodeDescription,
        string Source,
        string Message,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int[]? Tags = null);

    /// <summary>The findings of one document.</summary>
    internal sealed record PublishDiagnosticsParams(string Uri, int? Version, IReadOnlyList<LspDiagnostic> Diagnostics);

    /// <summary>Edits to documents, by URI.</summary>
    internal sealed record LspWorkspaceEdit(Dictionary<string, LspTextEdit[]> Changes);

    /// <summary>A quick fix or a source action.</summary>
    internal sealed record LspCodeAction(
        string Title,
        string Kind,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<LspDiagnostic>? Diagnostics,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool IsPreferred,
        LspWorkspaceEdit Edit);

    /// <summary>A line for the client's log.</summary>
    internal sealed record LogMessageParams(int Type, string Message);

    /// <summary>The answer to <c>initialize</c>.</summary>
    internal sealed record InitializeResult(ServerCapabilities Capabilities, ServerInfo ServerInfo);

    /// <summary>What the server does: incremental document sync, quick fixes and fix-all, workspace folders.</summary>
    internal sealed record ServerCapabilities(TextDocumentSyncOptions TextDocumentSync, CodeActionOptions CodeActionProvider, WorkspaceServerCapabilities Workspace);

    /// <summary>How documents are synchronized.</summary>
    internal sealed record TextDocumentSyncOptions(bool OpenClose, int Change, SaveOptions Save);

    /// <summary>Whether a save sends the text.</summary>
    internal sealed record SaveOptions(bool IncludeText);

    /// <summary>The code action kinds the server offers.</summary>
    internal sealed record CodeActionOptions(IReadOnlyList<string> CodeActionKinds);

    /// <summary>The server's workspace capabilities.</summary>
    internal sealed record WorkspaceServerCapabilities(WorkspaceFoldersServerCapabilities WorkspaceFolders);

    /// <summary>Workspace folder support.</summary>
    internal sealed record WorkspaceFoldersServerCapabilities(bool Supported, bool ChangeNotifications);

    /// <summary>The server's name and version.</summary>
    internal sealed record ServerInfo(string Name, string Version);

    /// <summary>A dynamic registration (file watchers).</summary>
    internal sealed record Registration(string Id, string Method, DidChangeWatchedFilesRegistrationOptions RegisterOptions);

    /// <summary>The files the client is asked to watch.</summary>
    internal sealed record DidChangeWatchedFilesRegistrationOptions(IReadOnlyList<FileSystemWatcher> Watchers);

    /// <summary>One watched pattern.</summary>
    internal sealed record FileSystemWatcher(string GlobPattern);

    /// <summary>The parameters of <c>client/registerCapability</c>.</summary>
    internal sealed record RegistrationParams(IReadOnlyList<Registration> Registrations);

    /// <summary>LSP constants the server uses.</summary>
    internal static class LspConstants
    {
        public const int SeverityError = 1;
        public const int SeverityWarning = 2;
        public const int SeverityInformation = 3;
        public const int TagUnnecessary = 1;
        public const int SyncIncremental = 2;
        public const int MessageError = 1;
        public const int MessageWarning = 2;
        public const int MessageInfo = 3;
        public const int MessageLog = 4;
        public const int FileCreated = 1;
        public const int FileChanged = 2;
        public const int FileDeleted = 3;
        public const string QuickFix = "quickfix";
        public const string SourceFixAll = "source.fixAll";
    }
}
