namespace ActorDistribution.Persistence.Journal;

/// <summary>A write lost the fence: its (persistence id, sequence number) was already stored, by another writer of the entity.</summary>
public sealed class JournalConflictException(string persistenceId, long lowestSequenceNr, long highestSequenceNr, Exception? inner = null)
    : Exception($"'{persistenceId}' seq {lowestSequenceNr}..{highestSequenceNr} already taken: another writer of this entity won", inner)
{
    public string PersistenceId { get; } = persistenceId;
    public long LowestSequenceNr { get; } = lowestSequenceNr;
    public long HighestSequenceNr { get; } = highestSequenceNr;
}
