using ActorDistribution.Actors;
using ActorDistribution.Hocon;
using ActorDistribution.Shares;

namespace ActorDistribution.Distribution.Runtime;

/// <summary>What every domain actor of one node shares: the configuration and the share host it works on.</summary>
public sealed class DistributionRuntime(Config config, IShareHost shares)
{
    public Config Config { get; } = config;
    public IShareHost Shares { get; } = shares;

    public static void Register(ActorSystem system, DistributionRuntime runtime) => system.RegisterExtension(runtime);

    public static DistributionRuntime Get(ActorSystem system) => system.GetExtension<DistributionRuntime>()
        ?? throw new InvalidOperationException($"No distribution runtime is registered with {system.Name}; call DistributionRuntime.Register first.");
}
