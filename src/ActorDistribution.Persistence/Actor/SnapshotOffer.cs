using ActorDistribution.Persistence.Snapshots;

namespace ActorDistribution.Persistence.Actor;

/// <summary>Delivered to the recovery handlers first when a snapshot exists; replay continues after its sequence number.</summary>
public sealed record SnapshotOffer(SnapshotMetadata Metadata, object Snapshot);
