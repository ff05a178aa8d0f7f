namespace ActorDistribution.Persistence.Snapshots;

/// <summary>Bounds (inclusive) on the snapshots to load or delete.</summary>
public sealed record SnapshotSelectionCriteria(
    long MaxSequenceNr = long.MaxValue,
    DateTimeOffset? MaxTimestamp = null,
    long MinSequenceNr = 0,
    DateTimeOffset? MinTimestamp = null)
{
    public static readonly SnapshotSelectionCriteria Latest = new();
    public static readonly SnapshotSelectionCriteria None = new(MaxSequenceNr: 0);

    internal bool Matches(long sequenceNr, DateTimeOffset timestamp) =>
        sequenceNr >= MinSequenceNr && sequenceNr <= MaxSequenceNr
        && (MaxTimestamp is not { } max || timestamp <= max)
        && (MinTimestamp is not { } min || timestamp >= min);
}
