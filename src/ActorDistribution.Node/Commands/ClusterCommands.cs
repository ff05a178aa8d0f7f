using System.CommandLine;
using System.Globalization;
using ActorDistribution.Node.Cluster;
using Akka.Actor;
using Akka.Cluster.Sharding;
using AkkaCluster = Akka.Cluster.Cluster;

namespace ActorDistribution.Node.Commands;

/// <summary><c>cluster status</c>: the members and their state, then shards and entities per member for every entity kind.</summary>
public static class ClusterCommands
{
    public static Command Create(DistributionNode node, ReplyBuilder reply)
    {
        var members = new Command("members", "Members of the cluster and their state, as this node sees them (no question to the others)");
        members.SetAction(_ =>
        {
            if (!node.Cluster.Enabled) return reply.Fail(Alone("members"));
            Members(node, reply);
            return 0;
        });
        var status = new Command("status", "Members of the cluster and their state; shards and entities per member");
        status.SetAction(async (_, cancellationToken) =>
        {
            if (!node.Cluster.Enabled) return reply.Fail(Alone("status"));
            Members(node, reply);
            var rows = new List<IReadOnlyList<string>>();
            foreach (var (kind, stats) in await StatsAsync(node, cancellationToken))
                foreach (var (member, region) in stats.Regions.OrderBy(r => r.Key.ToString(), StringComparer.Ordinal))
                    rows.Add([kind, member.ToString(), Count(region.Stats.Count), Count(region.Stats.Values.Sum())]);
            reply.Table(new ReplyTable("Shards", ["kind", "member", "shards", "entities"], rows));
            return 0;
        });
        var command = new Command("cluster", "The cluster this node is a member of");
        command.Subcommands.Add(status);
        command.Subcommands.Add(members);
        return command;
    }

    private static string Alone(string verb) => $"cluster {verb}: this node stands alone (cluster.enabled = off; hocon/cluster.conf turns it on).";

    private static void Members(DistributionNode node, ReplyBuilder reply)
    {
        var state = AkkaCluster.Get(node.System).State;
        reply.Table(new ReplyTable("Members", ["member", "state", "reachable", "leader"], state.Members
            .OrderBy(m => m.Address.ToString(), StringComparer.Ordinal)
            .Select(m => (IReadOnlyList<string>)[m.Address.ToString(), m.Status.ToString().ToLowerInvariant(),
                state.Unreachable.Any(u => u.Address.Equals(m.Address)) ? "no" : "yes", m.Address.Equals(state.Leader) ? "yes" : ""])
            .ToList()));
    }

    /// <summary>Each entity kind's sharding statistics over the whole cluster (members that do not answer in time are left out).</summary>
    public static async Task<IReadOnlyList<(string Kind, ClusterShardingStats Stats)>> StatsAsync(DistributionNode node, CancellationToken cancellationToken = default)
    {
        var sharding = ClusterSharding.Get(node.System);
        // A healthy region answers in milliseconds; a shard still starting its remembered entities is left out rather than waited for.
        var timeout = TimeSpan.FromSeconds(1);
        var asks = ClusterBootstrap.RegionNames.Select(async kind =>
            (kind, await sharding.ShardRegion(kind).Ask<ClusterShardingStats>(new GetClusterShardingStats(timeout), timeout + TimeSpan.FromSeconds(2), cancellationToken)));
        return await Task.WhenAll(asks);
    }

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);
}
