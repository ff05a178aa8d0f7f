namespace ActorDistribution.Persistence.Snapshots;

/// <summary>Row-level access to the snapshot table.</summary>
internal interface ISnapshotStorage
{
    Task SaveAsync(SnapshotRow row, CancellationToken cancellationToken);

    /// <summary>Matching rows, youngest (highest sequence number) first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<SnapshotRow>> LoadAsync(string persistenceId, SnapshotSelectionCriteria criteria, int limit, CancellationToken cancellationToken);

    Task DeleteAsync(string persistenceId, SnapshotSelectionCriteria criteria, CancellationToken cancellationToken);
}
