using ActorDistribution.Persistence.Serialization;
using ActorDistribution.Persistence.Tests.PostgreSql;

namespace ActorDistribution.Persistence.Tests.Conformance;

[Collection(PostgresCollection.Name)]
public sealed class PostgreSqlStoreConformanceTests(PostgresFixture postgres) : StoreConformanceTests
{
    private string _connectionString = "";

    // xunit makes one instance per test, so every test gets its own database.
    protected override async Task CreateDatabaseAsync() => _connectionString = await postgres.CreateDatabaseAsync();

    protected override Task DropDatabaseAsync() => postgres.DropDatabaseAsync(_connectionString);

    protected override Task<IPersistenceStore> OpenAsync(EventSerializer serializer, PersistenceOptions options) =>
        PersistenceStores.OpenPostgreSqlAsync(_connectionString, serializer, Clock, options);
}
