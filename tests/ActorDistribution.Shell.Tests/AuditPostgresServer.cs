using ActorDistribution.Persistence.PostgreSql;

namespace ActorDistribution.Shell.Tests;

/// <summary>One PostgreSQL server for the audit's PostgreSQL specs: the one named by ACTORDISTRIBUTION_TEST_POSTGRES, or a throwaway one.</summary>
public sealed class AuditPostgresServer : IAsyncLifetime
{
    private ThrowawayPostgresServer? _server;

    public string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var given = Environment.GetEnvironmentVariable("ACTORDISTRIBUTION_TEST_POSTGRES");
        if (string.IsNullOrWhiteSpace(given))
        {
            _server = await ThrowawayPostgresServer.StartAsync();
            given = _server.ConnectionString;
        }

        ConnectionString = given;
    }

    public async Task DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync();
    }
}
