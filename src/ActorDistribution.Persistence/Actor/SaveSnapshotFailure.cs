using ActorDistribution.Persistence.Snapshots;

namespace ActorDistribution.Persistence.Actor;

/// <summary>The answer to SaveSnapshot: it could not be stored (the actor goes on; recovery replays more events).</summary>
public sealed record SaveSnapshotFailure(SnapshotMetadata Metadata, Exception Cause);
