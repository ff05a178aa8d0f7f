using ActorDistribution.Runtime.Persistence;

namespace ActorDistribution.Shell.Tests;

/// <summary>One PostgreSQL server for the audit's PostgreSQL specs: the one named by ACTORDISTRIBUTION_TEST_POSTGRES, or a throwaway one.</summary>
public sealed class AuditPostgresServer : IAsyncLifetime
{
    private ThrowawayPostgresServer? _server;

    public string ConnectionString => _server?.ConnectionString ?? throw new InvalidOperationException("the server has not started");

    public async Task InitializeAsync() => _server = await ThrowawayPostgresServer.StartOrAttachAsync();

    public async Task DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync();
    }
}
