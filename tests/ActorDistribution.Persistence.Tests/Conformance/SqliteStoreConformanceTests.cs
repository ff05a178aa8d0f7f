using ActorDistribution.Persistence.Serialization;

namespace ActorDistribution.Persistence.Tests.Conformance;

public sealed class SqliteStoreConformanceTests : StoreConformanceTests
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "ad-sqlite-" + Guid.NewGuid().ToString("N"));

    protected override Task<IPersistenceStore> OpenAsync(EventSerializer serializer, PersistenceOptions options) =>
        PersistenceStores.OpenSqliteAsync(Path.Combine(_directory, "journal.db"), serializer, Clock, options);

    protected override Task DropDatabaseAsync()
    {
        Directory.Delete(_directory, recursive: true);
        return Task.CompletedTask;
    }
}
