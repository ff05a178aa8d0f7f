using ActorDistribution.Runtime.Serialization;

namespace ActorDistribution.Distribution.Clients;

[EventManifest("client.offers-processed.v1")]
public sealed record OffersProcessed(DateTimeOffset At, string Path, IReadOnlyList<string> Offers) : ClientEvent(At);
