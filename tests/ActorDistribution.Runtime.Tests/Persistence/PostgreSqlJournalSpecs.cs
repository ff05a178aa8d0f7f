using ActorDistribution.Runtime.Persistence;
using Npgsql;

namespace ActorDistribution.Runtime.Tests.Persistence;

[Collection(PostgresCollection.Name)]
public sealed class PostgreSqlJournalSpecs(PostgresServerFixture postgres) : JournalSpecs
{
    public override async Task InitializeAsync() => Settings = JournalSettings.ForPostgreSql(await postgres.CreateDatabaseAsync());

    public override Task DisposeAsync() => postgres.DropDatabaseAsync(Settings.PostgreSqlConnectionString);

    protected override async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Settings.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
