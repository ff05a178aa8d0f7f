using ActorDistribution.Persistence.Serialization;

namespace ActorDistribution.Persistence.Tests.Actor;

[EventManifest("test.basket-snapshot.v1")]
public sealed record BasketSnapshot(IReadOnlyList<string> Items);
