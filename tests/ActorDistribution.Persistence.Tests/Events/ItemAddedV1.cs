using ActorDistribution.Persistence.Serialization;

namespace ActorDistribution.Persistence.Tests.Events;

/// <summary>The old shape of <see cref="ItemAdded"/>: a different property name and no quantity.</summary>
[EventManifest("test.item-added.v1")]
public sealed record ItemAddedV1(string Name);
