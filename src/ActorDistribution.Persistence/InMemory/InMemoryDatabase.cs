using ActorDistribution.Persistence.Journal;
using ActorDistribution.Persistence.Snapshots;

namespace ActorDistribution.Persistence.InMemory;

/// <summary>
/// The "database" behind in-memory stores. Keep one instance and open several stores on it to simulate a restart.
/// Guarded by its own lock; rows are immutable.
/// </summary>
public sealed class InMemoryDatabase
{
    internal object Gate { get; } = new();
    internal List<JournalRow> Events { get; } = [];
    internal Dictionary<(string PersistenceId, long SequenceNr), int> IndexByKey { get; } = [];
    internal Dictionary<(string PersistenceId, long SequenceNr), SnapshotRow> Snapshots { get; } = [];
    internal JournalNotifier Notifier { get; } = new();
}
