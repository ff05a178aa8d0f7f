namespace ActorDistribution.Distribution.Audit;

/// <summary>An event as queries deliver it; <see cref="Offset"/> is the global ordering, usable to resume.</summary>
public sealed record EventEnvelope(
    long Offset,
    string PersistenceId,
    long SequenceNr,
    DateTimeOffset Timestamp,
    IReadOnlyList<string> Tags,
    object Event);
