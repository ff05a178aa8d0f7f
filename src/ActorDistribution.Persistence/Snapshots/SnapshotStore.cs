using ActorDistribution.Actors.Time;
using ActorDistribution.Persistence.Serialization;

namespace ActorDistribution.Persistence.Snapshots;

/// <summary>The one snapshot-store implementation over a row storage.</summary>
internal sealed class SnapshotStore(ISnapshotStorage storage, EventSerializer serializer, IClock clock) : ISnapshotStore
{
    public Task SaveAsync(SnapshotMetadata metadata, object snapshot, CancellationToken cancellationToken = default)
    {
        var serialized = serializer.Serialize(snapshot, metadata.PersistenceId, metadata.SequenceNr);
        var timestamp = metadata.Timestamp == default ? clock.UtcNow : metadata.Timestamp;
        return storage.SaveAsync(new SnapshotRow(metadata.PersistenceId, metadata.SequenceNr, timestamp, serialized.Manifest, serialized.Payload),
            cancellationToken);
    }

    public async Task<SelectedSnapshot?> LoadAsync(string persistenceId, SnapshotSelectionCriteria criteria, CancellationToken cancellationToken = default)
    {
        var rows = await storage.LoadAsync(persistenceId, criteria, 1, cancellationToken).ConfigureAwait(false);
        if (rows.Count == 0) return null;
        var row = rows[0];
        var snapshot = serializer.Deserialize(row.Manifest, row.Payload, row.PersistenceId, row.SequenceNr);
        return new SelectedSnapshot(new SnapshotMetadata(row.PersistenceId, row.SequenceNr, row.CreatedAt), snapshot);
    }

    public Task DeleteAsync(SnapshotMetadata metadata, CancellationToken cancellationToken = default) =>
        storage.DeleteAsync(metadata.PersistenceId,
            new SnapshotSelectionCriteria(MaxSequenceNr: metadata.SequenceNr, MinSequenceNr: metadata.SequenceNr), cancellationToken);

    public Task DeleteAsync(string persistenceId, SnapshotSelectionCriteria criteria, CancellationToken cancellationToken = default) =>
        storage.DeleteAsync(persistenceId, criteria, cancellationToken);
}
