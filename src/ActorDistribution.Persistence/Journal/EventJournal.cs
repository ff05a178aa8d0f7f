using System.Runtime.CompilerServices;
using ActorDistribution.Actors.Time;
using ActorDistribution.Persistence.Serialization;

namespace ActorDistribution.Persistence.Journal;

/// <summary>The one journal implementation: serializes, stamps and validates, then hands rows to a storage.</summary>
internal sealed class EventJournal(IJournalStorage storage, EventSerializer serializer, IClock clock, string writerId) : IJournal
{
    private const int ReplayChunkSize = 256;

    public async Task WriteMessagesAsync(AtomicWrite write, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(write);
        // Serialize everything first: a rejected event must leave the journal untouched.
        var now = clock.UtcNow;
        var rows = new JournalRow[write.Events.Count];
        for (var i = 0; i < rows.Length; i++)
        {
            var e = write.Events[i];
            // \u001f separates tags when queries aggregate them.
            if (e.Tags.Any(t => string.IsNullOrEmpty(t) || t.Contains('\u001f')))
                throw new ArgumentException($"tags of '{e.PersistenceId}' seq {e.SequenceNr} must be non-empty and free of \\u001f", nameof(write));
            var serialized = serializer.Serialize(e.Payload, e.PersistenceId, e.SequenceNr);
            rows[i] = new JournalRow(0, e.PersistenceId, e.SequenceNr, now, serialized.Manifest, serialized.Payload,
                e.WriterId.Length > 0 ? e.WriterId : writerId, false, e.Tags.Count == 0 ? [] : [.. e.Tags.Distinct()]);
        }
        await storage.WriteAsync(rows, cancellationToken).ConfigureAwait(false);
    }

    public async IAsyncEnumerable<PersistentRepr> ReplayMessagesAsync(string persistenceId, long fromSequenceNr, long toSequenceNr, long max,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (max <= 0 || toSequenceNr < fromSequenceNr) yield break;
        var rows = storage.ReplayAsync(persistenceId, fromSequenceNr, toSequenceNr, max, cancellationToken);
        await foreach (var chunk in ReadAhead.ChunksAsync(rows, ReplayChunkSize, cancellationToken).ConfigureAwait(false))
            foreach (var row in chunk)
            {
                var payload = serializer.Deserialize(row.Manifest, row.Payload, row.PersistenceId, row.SequenceNr);
                yield return new PersistentRepr(row.PersistenceId, row.SequenceNr, payload) { WriterId = row.Writer, Timestamp = row.CreatedAt };
            }
    }

    public Task<long> ReadHighestSequenceNrAsync(string persistenceId, long fromSequenceNr, CancellationToken cancellationToken = default) =>
        storage.ReadHighestSequenceNrAsync(persistenceId, cancellationToken);

    public Task DeleteMessagesToAsync(string persistenceId, long toSequenceNr, CancellationToken cancellationToken = default) =>
        storage.DeleteToAsync(persistenceId, toSequenceNr, cancellationToken);
}
