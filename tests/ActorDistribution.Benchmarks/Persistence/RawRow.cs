namespace ActorDistribution.Benchmarks.Persistence;

/// <summary>An event_journal row as the raw baselines insert it.</summary>
internal sealed record RawRow(string PersistenceId, long SequenceNr, DateTimeOffset CreatedAt, string Manifest, byte[] Payload, string Writer);
