namespace ActorDistribution.Persistence.Journal;

/// <summary>Row-level access to event_journal/event_tag; the part that differs between in-memory and SQL stores.</summary>
internal interface IJournalStorage : IAsyncDisposable
{
    /// <summary>Signalled after every committed write, for live queries in this process.</summary>
    JournalNotifier Notifier { get; }

    /// <summary>Stores one atomic write's rows (Ordering ignored); throws <see cref="JournalConflictException"/> on the fence.</summary>
    Task WriteAsync(IReadOnlyList<JournalRow> rows, CancellationToken cancellationToken);

    IAsyncEnumerable<JournalRow> ReplayAsync(string persistenceId, long fromSequenceNr, long toSequenceNr, long max, CancellationToken cancellationToken);

    Task<long> ReadHighestSequenceNrAsync(string persistenceId, CancellationToken cancellationToken);

    Task DeleteToAsync(string persistenceId, long toSequenceNr, CancellationToken cancellationToken);

    /// <summary>Rows with tags, ordering &gt; <paramref name="afterOrdering"/>, ascending, at most <paramref name="limit"/>; filtered by id or tag if given.</summary>
    Task<IReadOnlyList<JournalRow>> ReadPageAsync(RowFilter filter, long afterOrdering, int limit, CancellationToken cancellationToken);

    Task<IReadOnlyList<string>> ReadPersistenceIdsAsync(CancellationToken cancellationToken);
}
