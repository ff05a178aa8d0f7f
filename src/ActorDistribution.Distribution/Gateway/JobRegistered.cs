using ActorDistribution.Runtime.Serialization;

namespace ActorDistribution.Distribution.Gateway;

/// <summary>Job numbers are handed out here, one after the other: 1, 2, 3...</summary>
[EventManifest("catalog.job-registered.v1")]
public sealed record JobRegistered(DateTimeOffset At, string Id) : CatalogEvent(At);
