using System.Runtime.CompilerServices;
using ActorDistribution.Persistence.Journal;

namespace ActorDistribution.Persistence.InMemory;

/// <summary>Journal rows in a list; the fence is a dictionary lookup under the database lock.</summary>
internal sealed class InMemoryJournalStorage(InMemoryDatabase db) : IJournalStorage
{
    public JournalNotifier Notifier => db.Notifier;

    public Task WriteAsync(IReadOnlyList<JournalRow> rows, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (db.Gate)
        {
            foreach (var row in rows)
                if (db.IndexByKey.ContainsKey((row.PersistenceId, row.SequenceNr)))
                    throw new JournalConflictException(rows[0].PersistenceId, rows[0].SequenceNr, rows[^1].SequenceNr);
            foreach (var row in rows)
            {
                db.IndexByKey[(row.PersistenceId, row.SequenceNr)] = db.Events.Count;
                db.Events.Add(row with { Ordering = db.Events.Count + 1 });
            }
        }
        db.Notifier.Notify();
        return Task.CompletedTask;
    }

    public async IAsyncEnumerable<JournalRow> ReplayAsync(string persistenceId, long fromSequenceNr, long toSequenceNr, long max,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        List<JournalRow> rows;
        lock (db.Gate)
            rows = db.Events.Where(r => r.PersistenceId == persistenceId && !r.Deleted && r.SequenceNr >= fromSequenceNr && r.SequenceNr <= toSequenceNr)
                .OrderBy(r => r.SequenceNr).Take((int)Math.Min(max, int.MaxValue)).ToList();
        foreach (var row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return row;
        }
        await Task.CompletedTask.ConfigureAwait(false);
    }

    public Task<long> ReadHighestSequenceNrAsync(string persistenceId, CancellationToken cancellationToken)
    {
        lock (db.Gate)
            return Task.FromResult(db.Events.Where(r => r.PersistenceId == persistenceId).Select(r => r.SequenceNr).DefaultIfEmpty(0).Max());
    }

    public Task DeleteToAsync(string persistenceId, long toSequenceNr, CancellationToken cancellationToken)
    {
        lock (db.Gate)
        {
            for (var i = 0; i < db.Events.Count; i++)
            {
                var row = db.Events[i];
                if (row.PersistenceId == persistenceId && row.SequenceNr <= toSequenceNr && !row.Deleted) db.Events[i] = row with { Deleted = true };
            }
        }
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<JournalRow>> ReadPageAsync(RowFilter filter, long afterOrdering, int limit, CancellationToken cancellationToken)
    {
        lock (db.Gate)
        {
            // Ordering is the list index + 1, so skip straight to the first candidate.
            IReadOnlyList<JournalRow> page = db.Events.Skip((int)Math.Min(afterOrdering, int.MaxValue))
                .Where(r => (filter.PersistenceId is null || (r.PersistenceId == filter.PersistenceId
                                                              && r.SequenceNr >= filter.FromSequenceNr && r.SequenceNr <= filter.ToSequenceNr))
                            && (filter.Tag is null || r.Tags.Contains(filter.Tag)))
                .Take(limit).ToList();
            return Task.FromResult(page);
        }
    }

    public Task<IReadOnlyList<string>> ReadPersistenceIdsAsync(CancellationToken cancellationToken)
    {
        lock (db.Gate)
            return Task.FromResult<IReadOnlyList<string>>(db.Events.Select(r => r.PersistenceId).Distinct().Order(StringComparer.Ordinal).ToList());
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
