using ActorDistribution.Actors.Time;
using ActorDistribution.Persistence.Journal;
using ActorDistribution.Persistence.Query;
using ActorDistribution.Persistence.Serialization;
using ActorDistribution.Persistence.Snapshots;

namespace ActorDistribution.Persistence;

/// <summary>Wires the shared journal, snapshot and query code to one backend's storages.</summary>
internal sealed class PersistenceStore : IPersistenceStore
{
    private readonly IJournalStorage _journalStorage;
    private readonly Func<ValueTask>? _onDispose;

    public PersistenceStore(IJournalStorage journalStorage, ISnapshotStorage snapshotStorage, EventSerializer serializer, IClock clock,
        PersistenceOptions options, Func<ValueTask>? onDispose = null)
    {
        _journalStorage = journalStorage;
        _onDispose = onDispose;
        Journal = new EventJournal(journalStorage, serializer, clock, options.WriterId ?? Guid.NewGuid().ToString("N"));
        SnapshotStore = new SnapshotStore(snapshotStorage, serializer, clock);
        ReadJournal = new ReadJournal(journalStorage, serializer, options);
    }

    public IJournal Journal { get; }
    public ISnapshotStore SnapshotStore { get; }
    public IReadJournal ReadJournal { get; }

    public async ValueTask DisposeAsync()
    {
        await _journalStorage.DisposeAsync().ConfigureAwait(false);
        if (_onDispose is not null) await _onDispose().ConfigureAwait(false);
    }
}
