using ActorDistribution.Runtime.Serialization;

namespace ActorDistribution.Distribution.Clients;

[EventManifest("client.cap-chosen.v1")]
public sealed record CapChosen(DateTimeOffset At, string Cap, IReadOnlyList<CapProbe> Probes) : ClientEvent(At);
