using System.Text.Json.Nodes;
using ActorDistribution.Persistence.Serialization;
using ActorDistribution.Persistence.Tests.Events;

namespace ActorDistribution.Persistence.Tests.Serialization;

/// <summary>Turns v1 JSON straight into the current event object.</summary>
internal sealed class ObjectUpcaster : IEventUpcaster
{
    public UpcastResult? TryUpcast(string manifest, ReadOnlySpan<byte> json) =>
        manifest == "test.item-added.v1"
            ? UpcastResult.ToEvent(new ItemAdded(JsonNode.Parse(json)!["name"]!.GetValue<string>(), 1))
            : null;
}
