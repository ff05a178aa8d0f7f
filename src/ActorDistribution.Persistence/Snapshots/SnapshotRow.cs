namespace ActorDistribution.Persistence.Snapshots;

/// <summary>A row of the snapshot table.</summary>
internal sealed record SnapshotRow(string PersistenceId, long SequenceNr, DateTimeOffset CreatedAt, string Manifest, byte[] Payload);
