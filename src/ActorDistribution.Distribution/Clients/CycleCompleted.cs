using ActorDistribution.Runtime.Serialization;

namespace ActorDistribution.Distribution.Clients;

[EventManifest("client.cycle-completed.v1")]
public sealed record CycleCompleted(DateTimeOffset At, int Cycle, DateTimeOffset NextCycleAt) : ClientEvent(At);
