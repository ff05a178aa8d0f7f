using ActorDistribution.Runtime.Serialization;

namespace ActorDistribution.Distribution.Gateway;

[EventManifest("catalog.server-registered.v1")]
public sealed record ServerRegistered(DateTimeOffset At, string Name, string Site) : CatalogEvent(At);
