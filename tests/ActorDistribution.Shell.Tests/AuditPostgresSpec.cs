using ActorDistribution.Runtime.Persistence;
using static ActorDistribution.Shell.Tests.AuditShell;
using static ActorDistribution.Shell.Tests.ForcedDeliveryJournal;

namespace ActorDistribution.Shell.Tests;

/// <summary>The audit over a PostgreSQL journal, each spec in a fresh database.</summary>
public sealed class AuditPostgresSpec(AuditPostgresServer server) : IClassFixture<AuditPostgresServer>, IAsyncLifetime
{
    private string _database = "";

    public async Task InitializeAsync() => _database = await ThrowawayPostgresServer.CreateDatabaseAsync(server.ConnectionString);

    public Task DisposeAsync() => ThrowawayPostgresServer.DropDatabaseAsync(server.ConnectionString, _database);

    [Fact]
    public async Task Verify_and_timeline_read_a_postgres_journal_given_by_its_connection_string()
    {
        var events = await WritePostgreSqlAsync(_database);

        var verify = Run("audit", "verify", "--postgres", _database);
        var timeline = Run("audit", "timeline", PackageDirectoryId, "--postgres", _database);

        Assert.Equal((0, $"no violations in {events.Count} event(s) of 1 entity", ""), (verify.Code, verify.Output.Trim(), verify.Error));
        Assert.Equal(events.Count, timeline.Output.Trim().Split('\n').Length);
    }

    [Fact]
    public void A_database_without_a_journal_is_refused_and_left_without_one()
    {
        var (code, _, error) = Run("audit", "verify", "--postgres", _database);

        Assert.Equal(1, code);
        Assert.EndsWith(": not an event journal (no journal table)", error.Trim());
        Assert.Equal(1, Run("audit", "verify", "--postgres", _database).Code);
    }
}
