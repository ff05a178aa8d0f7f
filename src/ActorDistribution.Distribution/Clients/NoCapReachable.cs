using ActorDistribution.Runtime.Serialization;

namespace ActorDistribution.Distribution.Clients;

/// <summary>No CAP of the site could be reached; the cycle ends without offers.</summary>
[EventManifest("client.no-cap-reachable.v1")]
public sealed record NoCapReachable(DateTimeOffset At, IReadOnlyList<CapProbe> Probes, DateTimeOffset NextCycleAt) : ClientEvent(At);
