using ActorDistribution.Actors.Time;
using ActorDistribution.Persistence;
using ActorDistribution.Persistence.Serialization;

namespace ActorDistribution.Benchmarks.Persistence;

/// <summary>One database engine under benchmark: fresh stores, plus raw ADO.NET baselines on the same engine.</summary>
internal interface IBenchBackend : IAsyncDisposable
{
    string Name { get; }

    /// <summary>A store on a fresh, empty database.</summary>
    Task<IPersistenceStore> OpenFreshStoreAsync(EventSerializer serializer, IClock clock, PersistenceOptions options);

    /// <summary>
    /// Inserts the rows in transactions of <paramref name="batchSize"/> with plain ADO.NET, into a fresh database;
    /// returns the time of the inserts alone (not of creating the database).
    /// </summary>
    Task<TimeSpan> RawInsertAsync(IReadOnlyList<RawRow> rows, int batchSize);

    /// <summary>Reads all rows of <paramref name="persistenceId"/> ordered by sequence number from the last store's database; returns the count.</summary>
    Task<int> RawSelectAsync(string persistenceId);
}
