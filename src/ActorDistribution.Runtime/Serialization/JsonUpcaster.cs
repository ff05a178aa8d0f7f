using System.Text.Json;
using System.Text.Json.Nodes;

namespace ActorDistribution.Runtime.Serialization;

/// <summary>
/// An upcaster for the common case: one old manifest, rewritten as a JSON tree under a new manifest.
/// To have it picked up from configuration, derive a public class with a parameterless constructor.
/// </summary>
public class JsonUpcaster(string fromManifest, string toManifest, Func<JsonNode, JsonNode> transform) : IEventUpcaster
{
    public UpcastResult? TryUpcast(string manifest, ReadOnlySpan<byte> json)
    {
        if (manifest != fromManifest) return null;
        var node = JsonNode.Parse(json) ?? throw new JsonException($"event under manifest '{manifest}' is JSON null");
        return UpcastResult.ToJson(toManifest, JsonSerializer.SerializeToUtf8Bytes(transform(node)));
    }
}
