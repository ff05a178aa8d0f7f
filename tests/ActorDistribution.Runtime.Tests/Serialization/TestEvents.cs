using System.Text.Json.Nodes;
using ActorDistribution.Runtime.Serialization;

namespace ActorDistribution.Runtime.Tests.Serialization;

// This assembly is named in the specs' serialization settings, so every [EventManifest] type and public
// upcaster here is registered in those actor systems: keep manifests unique.

[EventManifest("test.item-added.v2")]
public sealed record ItemAdded(string Item, int Quantity) : IJournalEvent;

[EventManifest("test.counter-state.v1")]
public sealed record CounterState(int Count) : IJournalEvent;

/// <summary>Bound to the event serializer but forgot its manifest: writing it must fail.</summary>
public sealed record Unmarked(string Text) : IJournalEvent;

/// <summary>v1 stored <c>name</c> and had no quantity; discovered from configuration (public, parameterless).</summary>
public sealed class ItemAddedV1Upcaster() : JsonUpcaster(
    "test.item-added.v1",
    "test.item-added.v2",
    old => new JsonObject { ["item"] = old["name"]!.GetValue<string>(), ["quantity"] = 1 });

/// <summary>Builds the current event straight from legacy JSON; internal, so configuration must not pick it up.</summary>
internal sealed class ObjectUpcaster : IEventUpcaster
{
    public const string Manifest = "test.item-added.legacy";

    public UpcastResult? TryUpcast(string manifest, ReadOnlySpan<byte> json) =>
        manifest == Manifest
            ? UpcastResult.ToEvent(new ItemAdded(JsonNode.Parse(json)!["name"]!.GetValue<string>(), 1))
            : null;
}
