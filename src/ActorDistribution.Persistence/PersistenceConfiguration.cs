using ActorDistribution.Actors.Time;
using ActorDistribution.Hocon;
using ActorDistribution.Persistence.Serialization;

namespace ActorDistribution.Persistence;

/// <summary>Reads the <c>persistence</c> section of the configuration and opens the store it names.</summary>
public static class PersistenceConfiguration
{
    public static PersistenceOptions Options(Config config)
    {
        var section = config.GetConfig("persistence");
        var writerId = section.GetString("writer-id");
        return new PersistenceOptions
        {
            MaxBatchSize = section.GetInt("group-commit.batch-size"),
            MaxBatchDelay = section.GetTimeSpan("group-commit.max-delay"),
            LiveQueryPollInterval = section.GetTimeSpan("query.live-poll-interval"),
            QueryPageSize = section.GetInt("query.page-size"),
            WriterId = string.IsNullOrWhiteSpace(writerId) ? null : writerId,
        };
    }

    /// <summary>Opens the journal of <c>persistence.journal</c> (sqlite or postgresql).</summary>
    public static Task<IPersistenceStore> OpenAsync(Config config, EventSerializer serializer, IClock clock, CancellationToken cancellationToken = default)
    {
        var options = Options(config);
        var journal = config.GetString("persistence.journal");
        return journal switch
        {
            "sqlite" => PersistenceStores.OpenSqliteAsync(config.GetString("persistence.sqlite.path"), serializer, clock, options, cancellationToken),
            "postgresql" => PersistenceStores.OpenPostgreSqlAsync(config.GetString("persistence.postgresql.connection-string"), serializer, clock, options, cancellationToken),
            _ => throw new ArgumentException($"persistence.journal is '{journal}'; expected sqlite or postgresql."),
        };
    }
}
