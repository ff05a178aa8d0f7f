using ActorDistribution.Runtime.Serialization;

namespace ActorDistribution.Distribution.Gateway;

[EventManifest("catalog.package-registered.v1")]
public sealed record PackageRegistered(DateTimeOffset At, string Id) : CatalogEvent(At);
