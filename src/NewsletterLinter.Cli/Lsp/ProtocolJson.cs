using System.Text.Json.Serialization;

namespace NewsletterLinter.Cli.Lsp
{
    /// <summary>
    /// The JSON of the protocol types, generated at compile time: camel-case names, names read
    /// without regard to case, nulls written unless a member says otherwise. Nothing is serialized
    /// by reflection, so the server needs no runtime code generation.
    /// </summary>
    [JsonSourceGenerationOptions(
        PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
        PropertyNameCaseInsensitive = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
    [JsonSerializable(typeof(InitializeResult))]
    [JsonSerializable(typeof(PublishDiagnosticsParams))]
    [JsonSerializable(typeof(LspCodeAction[]))]
    [JsonSerializable(typeof(LspRange))]
    [JsonSerializable(typeof(LogMessageParams))]
    [JsonSerializable(typeof(RegistrationParams))]
    [JsonSerializable(typeof(object))]
    [JsonSerializable(typeof(InitializeParams))]
    [JsonSerializable(typeof(DidOpenTextDocumentParams))]
    [JsonSerializable(typeof(DidChangeTextDocumentParams))]
    [JsonSerializable(typeof(DidCloseTextDocumentParams))]
    [JsonSerializable(typeof(DidChangeWatchedFilesParams))]
    [JsonSerializable(typeof(CodeActionParams))]
    internal sealed partial class ProtocolJson : JsonSerializerContext
    {
    }
}
