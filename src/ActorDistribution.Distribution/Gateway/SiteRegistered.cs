using ActorDistribution.Runtime.Serialization;

namespace ActorDistribution.Distribution.Gateway;

[EventManifest("catalog.site-registered.v1")]
public sealed record SiteRegistered(DateTimeOffset At, string Code) : CatalogEvent(At);
