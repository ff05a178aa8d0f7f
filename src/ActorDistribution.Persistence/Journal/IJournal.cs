namespace ActorDistribution.Persistence.Journal;

/// <summary>The event journal (Akka.Persistence semantics).</summary>
public interface IJournal
{
    /// <summary>
    /// Stores <paramref name="write"/> atomically. Throws <see cref="Serialization.EventRejectedException"/> when an event
    /// cannot be serialized (nothing written), <see cref="JournalConflictException"/> when one of its sequence numbers is
    /// already taken (another writer of the entity won), or the store's exception when the write failed.
    /// </summary>
    Task WriteMessagesAsync(AtomicWrite write, CancellationToken cancellationToken = default);

    /// <summary>Non-deleted events of <paramref name="persistenceId"/> in [fromSequenceNr, toSequenceNr], in order, at most <paramref name="max"/>.</summary>
    IAsyncEnumerable<PersistentRepr> ReplayMessagesAsync(string persistenceId, long fromSequenceNr, long toSequenceNr, long max,
        CancellationToken cancellationToken = default);

    /// <summary>The highest sequence number ever stored for the id (deletes never lower it); 0 when none. fromSequenceNr is a hint.</summary>
    Task<long> ReadHighestSequenceNrAsync(string persistenceId, long fromSequenceNr, CancellationToken cancellationToken = default);

    /// <summary>Marks events up to <paramref name="toSequenceNr"/> deleted: replay skips them; queries (the audit trail) still see them.</summary>
    Task DeleteMessagesToAsync(string persistenceId, long toSequenceNr, CancellationToken cancellationToken = default);
}
