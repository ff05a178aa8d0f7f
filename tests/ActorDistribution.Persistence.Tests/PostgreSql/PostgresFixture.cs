using ActorDistribution.Persistence.PostgreSql;

namespace ActorDistribution.Persistence.Tests.PostgreSql;

/// <summary>
/// One PostgreSQL server for all PostgreSQL tests: the one named by ACTORDISTRIBUTION_TEST_POSTGRES, or a throwaway
/// server started here. If neither is possible the tests fail (CI installs PostgreSQL; a silent pass would hide that).
/// </summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    public const string EnvironmentVariable = "ACTORDISTRIBUTION_TEST_POSTGRES";
    private ThrowawayPostgresServer? _server;
    private string? _serverConnectionString;
    private Exception? _startFailure;

    public async Task InitializeAsync()
    {
        _serverConnectionString = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(_serverConnectionString)) return;
        try
        {
            _server = await ThrowawayPostgresServer.StartAsync();
            _serverConnectionString = _server.ConnectionString;
        }
        catch (Exception e)
        {
            // Reported by every test that needs the server, rather than as one obscure fixture error.
            _startFailure = e;
        }
    }

    /// <summary>A fresh, empty database on the server.</summary>
    public Task<string> CreateDatabaseAsync()
    {
        if (_serverConnectionString is null)
            throw new InvalidOperationException($"no PostgreSQL for tests: {_startFailure?.Message}", _startFailure);
        return ThrowawayPostgresServer.CreateDatabaseAsync(_serverConnectionString);
    }

    /// <summary>Drops a database from <see cref="CreateDatabaseAsync"/>, so a shared CI server does not fill up.</summary>
    public Task DropDatabaseAsync(string connectionString) =>
        ThrowawayPostgresServer.DropDatabaseAsync(_serverConnectionString!, connectionString);

    public async Task DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync();
    }
}
