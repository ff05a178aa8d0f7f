using ActorDistribution.Persistence.Journal;
using ActorDistribution.Persistence.Query;
using ActorDistribution.Persistence.Snapshots;

namespace ActorDistribution.Persistence;

/// <summary>A journal, its snapshot store and its queries over one database; disposing closes the database.</summary>
public interface IPersistenceStore : IAsyncDisposable
{
    IJournal Journal { get; }
    ISnapshotStore SnapshotStore { get; }
    IReadJournal ReadJournal { get; }
}
