using ActorDistribution.Persistence.Serialization;

namespace ActorDistribution.Benchmarks.Persistence;

/// <summary>A typical small domain event.</summary>
[EventManifest("bench.retry-scheduled.v1")]
public sealed record BenchEvent(string Package, string Server, int Attempt, long DueAtUnixMs);
