namespace ActorDistribution.Persistence.Serialization;

/// <summary>A stored event (or snapshot) has a manifest no registered type or upcaster knows: replay must stop loudly.</summary>
public sealed class UnknownManifestException(string persistenceId, long sequenceNr, string manifest)
    : Exception($"unknown manifest '{manifest}' for '{persistenceId}' seq {sequenceNr}: register the event type or an upcaster")
{
    public string PersistenceId { get; } = persistenceId;
    public long SequenceNr { get; } = sequenceNr;
    public string Manifest { get; } = manifest;
}
