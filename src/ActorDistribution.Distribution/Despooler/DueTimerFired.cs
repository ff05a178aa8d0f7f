namespace ActorDistribution.Distribution.Despooler;

/// <summary>The package directory's one timer fired; stale if the state no longer waits for <see cref="Timer"/>.</summary>
internal sealed record DueTimerFired(DueTimer Timer);
