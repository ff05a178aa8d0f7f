using ActorDistribution.Runtime.Serialization;

namespace ActorDistribution.Distribution.Despooler;

/// <summary>The despooler was paused: new deliveries wait until it continues.</summary>
[EventManifest("despooler.paused.v1")]
public sealed record DespoolerPaused(DateTimeOffset At) : DespoolerEvent(At);
