using ActorDistribution.Runtime.Serialization;

namespace ActorDistribution.Distribution.Despooler;

/// <summary>The despooler was stopped: new deliveries wait until it starts.</summary>
[EventManifest("despooler.stopped.v1")]
public sealed record DespoolerStopped(DateTimeOffset At) : DespoolerEvent(At);
