namespace ActorDistribution.Persistence.Snapshots;

/// <summary>Which snapshot: the actor, the sequence number it covers, and when it was taken (default: stamped on save).</summary>
public sealed record SnapshotMetadata(string PersistenceId, long SequenceNr, DateTimeOffset Timestamp = default);
