using ActorDistribution.Runtime.Serialization;

namespace ActorDistribution.Distribution.Clients;

[EventManifest("client.cycle-started.v1")]
public sealed record ClientCycleStarted(DateTimeOffset At, int Cycle) : ClientEvent(At);
