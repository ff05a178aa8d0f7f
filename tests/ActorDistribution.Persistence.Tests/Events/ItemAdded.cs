using ActorDistribution.Persistence.Serialization;

namespace ActorDistribution.Persistence.Tests.Events;

[EventManifest("test.item-added.v2")]
public sealed record ItemAdded(string Item, int Quantity);
