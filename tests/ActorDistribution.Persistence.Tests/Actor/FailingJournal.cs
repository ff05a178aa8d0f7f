using ActorDistribution.Persistence.Journal;

namespace ActorDistribution.Persistence.Tests.Actor;

/// <summary>A journal whose writes fail while <see cref="FailWrites"/> is set (e.g. the database is gone).</summary>
public sealed class FailingJournal(IJournal inner) : IJournal
{
    public volatile bool FailWrites;

    public Task WriteMessagesAsync(AtomicWrite write, CancellationToken cancellationToken = default)
        => FailWrites ? Task.FromException(new IOException("the database connection was lost")) : inner.WriteMessagesAsync(write, cancellationToken);

    public IAsyncEnumerable<PersistentRepr> ReplayMessagesAsync(string persistenceId, long fromSequenceNr, long toSequenceNr, long max, CancellationToken cancellationToken = default)
        => inner.ReplayMessagesAsync(persistenceId, fromSequenceNr, toSequenceNr, max, cancellationToken);

    public Task<long> ReadHighestSequenceNrAsync(string persistenceId, long fromSequenceNr, CancellationToken cancellationToken = default)
        => inner.ReadHighestSequenceNrAsync(persistenceId, fromSequenceNr, cancellationToken);

    public Task DeleteMessagesToAsync(string persistenceId, long toSequenceNr, CancellationToken cancellationToken = default)
        => inner.DeleteMessagesToAsync(persistenceId, toSequenceNr, cancellationToken);
}
