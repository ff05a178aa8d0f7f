using ActorDistribution.Shares.Storage.InMemory;

namespace ActorDistribution.Shares;

/// <summary>A share host that keeps its files in memory, for simulation in virtual time and scale tests.</summary>
public sealed class InMemoryShareHost(TimeProvider clock, ShareHostOptions? options = null)
    : ShareHost(new InMemoryShareStorage(), clock, options);
