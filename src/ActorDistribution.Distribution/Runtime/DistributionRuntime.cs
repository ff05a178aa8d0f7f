using ActorDistribution.Hocon;
using ActorDistribution.Shares;
using Akka.Actor;

namespace ActorDistribution.Distribution.Runtime;

/// <summary>What every domain actor of one node shares: the configuration and the share host it works on (an Akka extension).</summary>
public sealed class DistributionRuntime(Config config, IShareHost shares) : IExtension
{
    public Config Config { get; } = config;
    public IShareHost Shares { get; } = shares;

    public static void Register(ActorSystem system, DistributionRuntime runtime) => system.RegisterExtension(new Id(runtime));

    public static DistributionRuntime Get(ActorSystem system) => system.HasExtension<DistributionRuntime>()
        ? system.GetExtension<DistributionRuntime>()
        : throw new InvalidOperationException($"No distribution runtime is registered with {system.Name}; call DistributionRuntime.Register first.");

    // Akka builds extensions from an id; this one hands over the runtime the node already made.
    private sealed class Id(DistributionRuntime runtime) : ExtensionIdProvider<DistributionRuntime>
    {
        public override DistributionRuntime CreateExtension(ExtendedActorSystem system) => runtime;
    }
}
