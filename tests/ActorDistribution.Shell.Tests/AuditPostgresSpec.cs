using ActorDistribution.Persistence.PostgreSql;
using static ActorDistribution.Shell.Tests.AuditShell;
using static ActorDistribution.Shell.Tests.ForcedDeliveryJournal;

namespace ActorDistribution.Shell.Tests;

/// <summary>
/// The audit over a PostgreSQL journal: the server named by ACTORDISTRIBUTION_TEST_POSTGRES, or a throwaway one.
/// </summary>
public sealed class AuditPostgresSpec : IAsyncLifetime
{
    private ThrowawayPostgresServer? _server;
    private string _serverConnectionString = "";
    private string _database = "";

    public async Task InitializeAsync()
    {
        var given = Environment.GetEnvironmentVariable("ACTORDISTRIBUTION_TEST_POSTGRES");
        if (string.IsNullOrWhiteSpace(given))
        {
            _server = await ThrowawayPostgresServer.StartAsync();
            given = _server.ConnectionString;
        }

        _serverConnectionString = given;
        _database = await ThrowawayPostgresServer.CreateDatabaseAsync(_serverConnectionString);
    }

    public async Task DisposeAsync()
    {
        if (_database.Length > 0) await ThrowawayPostgresServer.DropDatabaseAsync(_serverConnectionString, _database);
        if (_server is not null) await _server.DisposeAsync();
    }

    [Fact]
    public async Task Verify_and_timeline_read_a_postgres_journal_given_by_its_connection_string()
    {
        var events = await WritePostgreSqlAsync(_database);

        var verify = Run("audit", "verify", "--postgres", _database);
        var timeline = Run("audit", "timeline", PackageDirectory, "--postgres", _database);

        Assert.Equal((0, $"no violations in {events.Count} event(s) of 1 entity", ""), (verify.Code, verify.Output.Trim(), verify.Error));
        Assert.Equal(events.Count, timeline.Output.Trim().Split('\n').Length);
    }
}
