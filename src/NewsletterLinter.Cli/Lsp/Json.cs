using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsletterLinter.Cli.Lsp
{
    /// <summary>The JSON settings of the protocol: camel-case names, nulls left out.</summary>
    internal static class Json
    {
        public static JsonSerializerOptions Options { get; } = Configure(new JsonSerializerOptions());

        public static JsonSerializerOptions Configure(JsonSerializerOptions options)
        {
            options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
            options.PropertyNameCaseInsensitive = true;
            options.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
            return options;
        }
    }
}
