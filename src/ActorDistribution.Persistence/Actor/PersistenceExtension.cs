using ActorDistribution.Actors;

namespace ActorDistribution.Persistence.Actor;

/// <summary>The store the persistent actors of one actor system write to.</summary>
public sealed class PersistenceExtension(IPersistenceStore store)
{
    public IPersistenceStore Store { get; } = store;

    public static void Register(ActorSystem system, IPersistenceStore store) => system.RegisterExtension(new PersistenceExtension(store));

    public static PersistenceExtension Get(ActorSystem system) => system.GetExtension<PersistenceExtension>()
        ?? throw new InvalidOperationException($"No persistence store is registered with {system.Name}; call PersistenceExtension.Register first.");
}
