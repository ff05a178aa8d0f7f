using ActorDistribution.Persistence.Journal;
using ActorDistribution.Persistence.Query;
using ActorDistribution.Persistence.Snapshots;

namespace ActorDistribution.Persistence.Tests.Actor;

/// <summary>A store whose journal is replaced (to inject failures), the rest shared.</summary>
public sealed class StoreWithJournal(IPersistenceStore inner, IJournal journal) : IPersistenceStore
{
    public IJournal Journal { get; } = journal;
    public ISnapshotStore SnapshotStore => inner.SnapshotStore;
    public IReadJournal ReadJournal => inner.ReadJournal;
    public ValueTask DisposeAsync() => inner.DisposeAsync();
}
