namespace ActorDistribution.Persistence.Serialization;

/// <summary>
/// An event could not be serialized, so it was not written (nor was any event of its atomic write).
/// Unlike a failed write, a rejection leaves the journal unchanged and the actor may go on.
/// </summary>
public sealed class EventRejectedException(string persistenceId, long sequenceNr, Type eventType, string reason, Exception? inner = null)
    : Exception($"event {eventType.FullName} for '{persistenceId}' seq {sequenceNr} rejected before write: {reason}", inner)
{
    public string PersistenceId { get; } = persistenceId;
    public long SequenceNr { get; } = sequenceNr;
    public Type EventType { get; } = eventType;
}
