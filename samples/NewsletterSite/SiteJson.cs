using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace NewsletterSite
{
    /// <summary>The search index's serializer, written at build time (camelCase names).</summary>
    [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
    [JsonSerializable(typeof(IEnumerable<IndexEntry>))]
    internal sealed partial class SiteJson : JsonSerializerContext
    {
    }
}
