namespace ActorDistribution.Persistence.Actor;

/// <summary>Replay could not rebuild the actor; it is stopped rather than run on a partial state.</summary>
public sealed class RecoveryFailedException(string persistenceId, long sequenceNr, Exception cause)
    : Exception($"Recovery of '{persistenceId}' failed at sequence number {sequenceNr}: {cause.Message}", cause)
{
    public string PersistenceId { get; } = persistenceId;
    public long SequenceNr { get; } = sequenceNr;
}
