namespace ActorDistribution.Persistence.Query;

/// <summary>
/// Queries over the journal. "Current" queries end at the events stored when they reach them; live ones keep following
/// new writes until cancelled. Offsets are exclusive: pass the last seen <see cref="EventEnvelope.Offset"/> to resume.
/// Logically deleted events are included (queries are the audit trail).
/// </summary>
public interface IReadJournal
{
    IAsyncEnumerable<EventEnvelope> CurrentEventsByPersistenceId(string persistenceId, long fromSequenceNr = 1, long toSequenceNr = long.MaxValue,
        CancellationToken cancellationToken = default);

    /// <summary>Live; completes once <paramref name="toSequenceNr"/> has been delivered.</summary>
    IAsyncEnumerable<EventEnvelope> EventsByPersistenceId(string persistenceId, long fromSequenceNr = 1, long toSequenceNr = long.MaxValue,
        CancellationToken cancellationToken = default);

    IAsyncEnumerable<EventEnvelope> CurrentEventsByTag(string tag, long afterOffset = 0, CancellationToken cancellationToken = default);

    IAsyncEnumerable<EventEnvelope> EventsByTag(string tag, long afterOffset = 0, CancellationToken cancellationToken = default);

    IAsyncEnumerable<EventEnvelope> CurrentAllEvents(long afterOffset = 0, CancellationToken cancellationToken = default);

    IAsyncEnumerable<EventEnvelope> AllEvents(long afterOffset = 0, CancellationToken cancellationToken = default);

    IAsyncEnumerable<string> CurrentPersistenceIds(CancellationToken cancellationToken = default);
}
