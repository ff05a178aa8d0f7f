namespace ActorDistribution.Persistence;

/// <summary>Tuning of a store. The defaults suit both the embedded SQLite node and a PostgreSQL cluster.</summary>
public sealed record PersistenceOptions
{
    public static readonly PersistenceOptions Default = new();

    /// <summary>Most atomic writes the group-commit writer puts in one transaction.</summary>
    public int MaxBatchSize { get; init; } = 1000;

    /// <summary>
    /// How long the writer may wait for writers it just answered to come back and fill the next batch.
    /// It never waits when it has no reason to expect more (e.g. a single writer).
    /// </summary>
    public TimeSpan MaxBatchDelay { get; init; } = TimeSpan.FromMilliseconds(1);

    /// <summary>Live queries re-read at least this often, to see writes of other processes.</summary>
    public TimeSpan LiveQueryPollInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Rows per round trip of a query.</summary>
    public int QueryPageSize { get; init; } = 1000;

    /// <summary>Stored in the writer column; identifies this process (e.g. node name). Default: a fresh id.</summary>
    public string? WriterId { get; init; }
}
