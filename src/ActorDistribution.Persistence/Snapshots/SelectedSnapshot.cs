namespace ActorDistribution.Persistence.Snapshots;

/// <summary>A loaded snapshot.</summary>
public sealed record SelectedSnapshot(SnapshotMetadata Metadata, object Snapshot);
