using ActorDistribution.Runtime.Serialization;

namespace ActorDistribution.Benchmarks.Persistence;

/// <summary>A typical small domain event, serialized by the product's event serializer.</summary>
[EventManifest("bench.retry-scheduled.v1")]
public sealed record BenchEvent(string Package, string Server, int Attempt, long DueAtUnixMs) : IJournalEvent
{
    /// <summary>The tags the product writes with every event: its kind and its site.</summary>
    public static readonly string[] Tags = ["kind:retry-scheduled", "site:CH2"];

    public static BenchEvent For(long sequenceNr) => new("OFFICE97", "NTSRV1", (int)(sequenceNr % 10), 1_700_000_000_000 + sequenceNr);
}
