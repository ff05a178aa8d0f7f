using ActorDistribution.Runtime.Persistence;

namespace ActorDistribution.Runtime.Tests.Persistence;

/// <summary>
/// One PostgreSQL server for every PostgreSQL spec of the assembly: ACTORDISTRIBUTION_TEST_POSTGRES if set, else a
/// throwaway server. A start failure fails the specs (no skip): a silent pass would hide a missing PostgreSQL.
/// </summary>
public sealed class PostgresServerFixture : IAsyncLifetime
{
    private ThrowawayPostgresServer? _server;

    public ThrowawayPostgresServer Server => _server ?? throw new InvalidOperationException("PostgreSQL server not started");

    public async Task InitializeAsync() => _server = await ThrowawayPostgresServer.StartOrAttachAsync();

    /// <summary>A fresh database per spec, so specs do not see each other's journals.</summary>
    public Task<string> CreateDatabaseAsync() => ThrowawayPostgresServer.CreateDatabaseAsync(Server.ConnectionString);

    public Task DropDatabaseAsync(string connectionString) => ThrowawayPostgresServer.DropDatabaseAsync(Server.ConnectionString, connectionString);

    public async Task DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServerFixture>
{
    public const string Name = "postgres";
}
