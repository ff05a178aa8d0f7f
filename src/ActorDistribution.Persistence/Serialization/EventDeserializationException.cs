namespace ActorDistribution.Persistence.Serialization;

/// <summary>A stored event has a known manifest but its JSON does not fit the type.</summary>
public sealed class EventDeserializationException(string persistenceId, long sequenceNr, string manifest, Exception inner)
    : Exception($"cannot deserialize '{manifest}' for '{persistenceId}' seq {sequenceNr}: {inner.Message}", inner)
{
    public string PersistenceId { get; } = persistenceId;
    public long SequenceNr { get; } = sequenceNr;
    public string Manifest { get; } = manifest;
}
