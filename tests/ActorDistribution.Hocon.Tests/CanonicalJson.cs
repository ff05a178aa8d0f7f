using System.Text.Json.Nodes;

namespace ActorDistribution.Hocon.Tests;

/// <summary>Compact JSON with object keys sorted, so equivalent trees compare equal whatever order their keys were written in.</summary>
internal static class CanonicalJson
{
    public static string Of(string json) => Sort(JsonNode.Parse(json))?.ToJsonString() ?? "null";

    private static JsonNode? Sort(JsonNode? node) => node switch
    {
        JsonObject obj => new JsonObject(obj.OrderBy(field => field.Key, StringComparer.Ordinal)
            .Select(field => KeyValuePair.Create(field.Key, Sort(field.Value)))),
        JsonArray array => new JsonArray(array.Select(Sort).ToArray()),
        _ => node?.DeepClone(),
    };
}
