using ActorDistribution.Persistence.Snapshots;

namespace ActorDistribution.Persistence.InMemory;

/// <summary>Snapshot rows in a dictionary keyed like the table's primary key.</summary>
internal sealed class InMemorySnapshotStorage(InMemoryDatabase db) : ISnapshotStorage
{
    public Task SaveAsync(SnapshotRow row, CancellationToken cancellationToken)
    {
        lock (db.Gate) db.Snapshots[(row.PersistenceId, row.SequenceNr)] = row;
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<SnapshotRow>> LoadAsync(string persistenceId, SnapshotSelectionCriteria criteria, int limit, CancellationToken cancellationToken)
    {
        lock (db.Gate)
            return Task.FromResult<IReadOnlyList<SnapshotRow>>(Matching(persistenceId, criteria).OrderByDescending(r => r.SequenceNr).Take(limit).ToList());
    }

    public Task DeleteAsync(string persistenceId, SnapshotSelectionCriteria criteria, CancellationToken cancellationToken)
    {
        lock (db.Gate)
            foreach (var row in Matching(persistenceId, criteria).ToList()) db.Snapshots.Remove((row.PersistenceId, row.SequenceNr));
        return Task.CompletedTask;
    }

    private IEnumerable<SnapshotRow> Matching(string persistenceId, SnapshotSelectionCriteria criteria) =>
        db.Snapshots.Values.Where(r => r.PersistenceId == persistenceId && criteria.Matches(r.SequenceNr, r.CreatedAt));
}
