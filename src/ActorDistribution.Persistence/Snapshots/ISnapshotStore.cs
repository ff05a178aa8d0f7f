namespace ActorDistribution.Persistence.Snapshots;

/// <summary>The snapshot store (Akka.Persistence semantics). Snapshots are serialized like events (they need a manifest).</summary>
public interface ISnapshotStore
{
    /// <summary>Saves (or replaces) the snapshot at (id, sequence number); throws EventRejectedException if it cannot be serialized.</summary>
    Task SaveAsync(SnapshotMetadata metadata, object snapshot, CancellationToken cancellationToken = default);

    /// <summary>The youngest snapshot matching <paramref name="criteria"/>, or null.</summary>
    Task<SelectedSnapshot?> LoadAsync(string persistenceId, SnapshotSelectionCriteria criteria, CancellationToken cancellationToken = default);

    /// <summary>Deletes the snapshot at (id, sequence number).</summary>
    Task DeleteAsync(SnapshotMetadata metadata, CancellationToken cancellationToken = default);

    /// <summary>Deletes all snapshots of the id matching <paramref name="criteria"/>.</summary>
    Task DeleteAsync(string persistenceId, SnapshotSelectionCriteria criteria, CancellationToken cancellationToken = default);
}
