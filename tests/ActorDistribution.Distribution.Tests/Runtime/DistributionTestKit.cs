using ActorDistribution.Distribution.Runtime;
using ActorDistribution.Hocon;
using ActorDistribution.Persistence;
using ActorDistribution.Persistence.Actor;
using ActorDistribution.Persistence.InMemory;
using ActorDistribution.Shares;

namespace ActorDistribution.Distribution.Tests.Runtime;

/// <summary>
/// A test kit for domain actors: virtual clock, in-memory journal (kept in <see cref="Database"/> so a
/// test can restart actors or the whole system on it), in-memory share host, reference configuration.
/// </summary>
public abstract class DistributionTestKit : TestKit.TestKit
{
    protected DistributionTestKit(string? overrides = null)
    {
        Config = overrides is null
            ? ConfigFactory.Reference()
            : ConfigFactory.ParseString(overrides, "test-overrides.conf").WithFallback(ConfigFactory.Reference());
        Database = new InMemoryDatabase();
        Store = PersistenceStores.InMemory(DistributionEvents.Serializer(), Clock, Database);
        Shares = new InMemoryShareHost(Clock);
        PersistenceExtension.Register(Sys, Store);
        DistributionRuntime.Register(Sys, new DistributionRuntime(Config, Shares));
    }

    protected Config Config { get; }
    protected InMemoryDatabase Database { get; }
    protected IPersistenceStore Store { get; }
    protected InMemoryShareHost Shares { get; }

    /// <summary>Every event of one entity as stored, in order.</summary>
    protected async Task<IReadOnlyList<object>> EventsOf(string persistenceId)
    {
        var events = new List<object>();
        await foreach (var envelope in Store.ReadJournal.CurrentEventsByPersistenceId(persistenceId)) events.Add(envelope.Event);
        return events;
    }
}
