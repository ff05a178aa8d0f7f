using ActorDistribution.Runtime.Serialization;

namespace ActorDistribution.Distribution.Gateway;

/// <summary>A name entered in the distribution catalog: what exists, so requests are checked before they reach an entity.</summary>
public abstract record CatalogEvent(DateTimeOffset At) : IJournalEvent;

/// <summary>Job numbers are handed out here, one after the other: 1, 2, 3...</summary>
[EventManifest("catalog.job-registered.v1")]
public sealed record JobRegistered(DateTimeOffset At, string Id) : CatalogEvent(At);

[EventManifest("catalog.package-registered.v1")]
public sealed record PackageRegistered(DateTimeOffset At, string Id) : CatalogEvent(At);

[EventManifest("catalog.server-registered.v1")]
public sealed record ServerRegistered(DateTimeOffset At, string Name, string Site) : CatalogEvent(At);

[EventManifest("catalog.site-registered.v1")]
public sealed record SiteRegistered(DateTimeOffset At, string Code) : CatalogEvent(At);
