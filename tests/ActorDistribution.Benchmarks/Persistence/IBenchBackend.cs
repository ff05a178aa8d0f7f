using ActorDistribution.Runtime.Persistence;

namespace ActorDistribution.Benchmarks.Persistence;

/// <summary>One database engine under benchmark: fresh journal databases, plus raw ADO.NET baselines on the same engine.</summary>
internal interface IBenchBackend : IAsyncDisposable
{
    string Name { get; }

    /// <summary>Journal settings on a fresh, empty database (tables not yet created).</summary>
    Task<JournalSettings> FreshAsync();

    /// <summary>The durability settings in force on the plugin's connections (and so on the raw ones), for the output.</summary>
    Task<string> DescribeDurabilityAsync(JournalSettings settings);

    /// <summary>
    /// Inserts the rows and their tag rows into the plugin's tables (already created) in transactions of <paramref name="batchSize"/>
    /// rows, over one connection opened with the plugin's connection string; returns the time of the inserts.
    /// </summary>
    Task<TimeSpan> RawInsertAsync(JournalSettings settings, IReadOnlyList<RawRow> rows, int batchSize);

    /// <summary>
    /// What a recovery reads, done by hand: for each persistence id in turn its rows ordered by sequence number,
    /// all columns a replay decodes, over one connection; returns the rows read.
    /// </summary>
    Task<int> RawReadPerIdAsync(JournalSettings settings, IReadOnlyList<string> persistenceIds);
}
