using ActorDistribution.Distribution.Gateway;
using ActorDistribution.Distribution.Runtime;
using Akka.Actor;
using Akka.Cluster.Sharding;
using Akka.Cluster.Tools.Singleton;
using Akka.Pattern;

namespace ActorDistribution.Node.Cluster;

/// <summary>
/// Cluster mode on one member: a sharding region per entity kind (remembered entities restart on a survivor by
/// themselves), the two gateways as cluster singletons handed those regions, and a proxy to each on this node, which
/// is what the node's commands Ask. Every member starts the same, so any member serves any command.
/// </summary>
public static class ClusterBootstrap
{
    public const string DespoolerSingleton = "distribution";
    public const string InboxSingleton = "inboxes";

    /// <summary>Every region's type name (the despooler side's, then the inbox side's), as <c>cluster status</c> lists them.</summary>
    public static IReadOnlyList<string> RegionNames { get; } =
        [.. DespoolerRegions.Kinds.Select(k => k.Name), .. InboxRegions.Kinds.Select(k => k.Name)];

    /// <summary>Answers the proxies of the despooler gateway and of the inbox gateway.</summary>
    public static (IActorRef Despooler, IActorRef Inboxes) Start(ActorSystem system, ClusterSettings settings)
    {
        var sharding = ClusterSharding.Get(system);
        var shardingSettings = ClusterShardingSettings.Create(system);
        var extractor = new ShardedEntityExtractor(new EntityExtractor(settings.ShardCount));
        IActorRef Region(string name, Func<string, Props> entity) =>
            sharding.Start(name, id => Supervised(entity(id)), shardingSettings, extractor);

        var despoolerRegions = DespoolerRegions.Start(Region);
        var inboxRegions = InboxRegions.Start(Region);

        var despooler = Singleton(system, DespoolerSingleton, DespoolerBootstrap.Props(despoolerRegions));
        var inboxes = Singleton(system, InboxSingleton, InboxGateway.Props(despooler, inboxRegions));
        return (despooler, inboxes);
    }

    // As in the local region: an entity that stops (a failed journal write) comes back after a delay and recovers.
    private static Props Supervised(Props entity)
    {
        var backoff = RegionBackoff.Default;
        return BackoffSupervisor.Props(Backoff.OnStop(entity, "entity", backoff.Min, backoff.Max, backoff.RandomFactor, -1));
    }

    private static IActorRef Singleton(ActorSystem system, string name, Props props)
    {
        system.ActorOf(ClusterSingletonManager.Props(props, PoisonPill.Instance, ClusterSingletonManagerSettings.Create(system)), name);
        return system.ActorOf(ClusterSingletonProxy.Props($"/user/{name}", ClusterSingletonProxySettings.Create(system)), $"{name}-proxy");
    }
}
