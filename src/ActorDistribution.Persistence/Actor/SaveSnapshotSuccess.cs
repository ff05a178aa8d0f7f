using ActorDistribution.Persistence.Snapshots;

namespace ActorDistribution.Persistence.Actor;

/// <summary>The answer to SaveSnapshot: the snapshot is stored.</summary>
public sealed record SaveSnapshotSuccess(SnapshotMetadata Metadata);
