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

/// <summary>A site taken out of the catalog (it had no servers and no unfinished job named it); its code is not used again.</summary>
[EventManifest("catalog.site-removed.v1")]
public sealed record SiteRemoved(DateTimeOffset At, string Code) : CatalogEvent(At);

/// <summary>A server taken out of the catalog (no package directory on it, no unfinished job targeting it); its name is not used again.</summary>
[EventManifest("catalog.server-removed.v1")]
public sealed record ServerRemoved(DateTimeOffset At, string Name) : CatalogEvent(At);

/// <summary>A package taken out of the catalog (on no server, no unfinished job of it); its id is not used again.</summary>
[EventManifest("catalog.package-removed.v1")]
public sealed record PackageRemoved(DateTimeOffset At, string Id) : CatalogEvent(At);
