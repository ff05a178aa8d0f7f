using ActorDistribution.Runtime.Serialization;

namespace ActorDistribution.Distribution.Clients;

/// <summary>The retry limit was reached with the inbox still locked or unreachable: no offers this cycle.</summary>
[EventManifest("client.offer-inbox-abandoned.v1")]
public sealed record OfferInboxAbandoned(DateTimeOffset At, string Path, int Checks, TimeSpan Waited, DateTimeOffset NextCycleAt) : ClientEvent(At);
