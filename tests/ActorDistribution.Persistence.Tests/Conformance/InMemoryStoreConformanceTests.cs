using ActorDistribution.Persistence.InMemory;
using ActorDistribution.Persistence.Serialization;

namespace ActorDistribution.Persistence.Tests.Conformance;

public sealed class InMemoryStoreConformanceTests : StoreConformanceTests
{
    private readonly InMemoryDatabase _database = new();

    protected override Task<IPersistenceStore> OpenAsync(EventSerializer serializer, PersistenceOptions options) =>
        Task.FromResult(PersistenceStores.InMemory(serializer, Clock, _database, options));
}
