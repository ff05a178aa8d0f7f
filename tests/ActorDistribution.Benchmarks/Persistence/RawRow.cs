namespace ActorDistribution.Benchmarks.Persistence;

/// <summary>A journal row (and its tag rows) as the raw baselines insert it: the bytes the plugin would write.</summary>
internal sealed record RawRow(string PersistenceId, long SequenceNr, string Manifest, byte[] Payload, int SerializerId, string WriterUuid, string[] Tags);
