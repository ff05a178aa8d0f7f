using System.Runtime.CompilerServices;
using ActorDistribution.Persistence.Journal;
using ActorDistribution.Persistence.Serialization;

namespace ActorDistribution.Persistence.Query;

/// <summary>The one read-journal implementation: pages rows from a storage; live queries wait for the notifier or the poll interval.</summary>
internal sealed class ReadJournal(IJournalStorage storage, EventSerializer serializer, PersistenceOptions options) : IReadJournal
{
    public IAsyncEnumerable<EventEnvelope> CurrentEventsByPersistenceId(string persistenceId, long fromSequenceNr = 1, long toSequenceNr = long.MaxValue,
        CancellationToken cancellationToken = default) =>
        Read(new RowFilter(persistenceId, null, fromSequenceNr, toSequenceNr), 0, live: false, cancellationToken);

    public IAsyncEnumerable<EventEnvelope> EventsByPersistenceId(string persistenceId, long fromSequenceNr = 1, long toSequenceNr = long.MaxValue,
        CancellationToken cancellationToken = default) =>
        Read(new RowFilter(persistenceId, null, fromSequenceNr, toSequenceNr), 0, live: true, cancellationToken);

    public IAsyncEnumerable<EventEnvelope> CurrentEventsByTag(string tag, long afterOffset = 0, CancellationToken cancellationToken = default) =>
        Read(new RowFilter(Tag: tag), afterOffset, live: false, cancellationToken);

    public IAsyncEnumerable<EventEnvelope> EventsByTag(string tag, long afterOffset = 0, CancellationToken cancellationToken = default) =>
        Read(new RowFilter(Tag: tag), afterOffset, live: true, cancellationToken);

    public IAsyncEnumerable<EventEnvelope> CurrentAllEvents(long afterOffset = 0, CancellationToken cancellationToken = default) =>
        Read(RowFilter.All, afterOffset, live: false, cancellationToken);

    public IAsyncEnumerable<EventEnvelope> AllEvents(long afterOffset = 0, CancellationToken cancellationToken = default) =>
        Read(RowFilter.All, afterOffset, live: true, cancellationToken);

    public async IAsyncEnumerable<string> CurrentPersistenceIds([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var id in await storage.ReadPersistenceIdsAsync(cancellationToken).ConfigureAwait(false)) yield return id;
    }

    private async IAsyncEnumerable<EventEnvelope> Read(RowFilter filter, long afterOrdering, bool live,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var pageSize = options.QueryPageSize;
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        if (filter.FromSequenceNr > filter.ToSequenceNr) yield break;
        while (true)
        {
            var nextWrite = storage.Notifier.NextWrite;
            IReadOnlyList<JournalRow> page;
            do
            {
                page = await storage.ReadPageAsync(filter, afterOrdering, pageSize, cancellationToken).ConfigureAwait(false);
                foreach (var row in page)
                {
                    afterOrdering = row.Ordering;
                    yield return ToEnvelope(row);
                    if (row.SequenceNr >= filter.ToSequenceNr) yield break;
                }
            } while (page.Count == pageSize);
            if (!live) yield break;
            // Other processes' writes raise no notification here: poll as a fallback.
            using (var poll = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            {
                await Task.WhenAny(nextWrite, Task.Delay(options.LiveQueryPollInterval, poll.Token)).ConfigureAwait(false);
                poll.Cancel(); // release the poll timer early when a write woke us
            }
            cancellationToken.ThrowIfCancellationRequested();
        }
    }

    private EventEnvelope ToEnvelope(JournalRow row) =>
        new(row.Ordering, row.PersistenceId, row.SequenceNr, row.CreatedAt, row.Tags,
            serializer.Deserialize(row.Manifest, row.Payload, row.PersistenceId, row.SequenceNr));
}
