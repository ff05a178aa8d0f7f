using System.Globalization;
using System.Text.Json;
using ActorDistribution.Hocon;
using ActorDistribution.Runtime.Persistence;
using ActorDistribution.Runtime.Serialization;
using ConfigurationFactory = Akka.Configuration.ConfigurationFactory;
using AkkaConfig = Akka.Configuration.Config;

namespace ActorDistribution.Node.Cluster;

/// <summary>
/// The <c>cluster</c> section: whether this node is a member of an Akka cluster, where it listens, its seeds, and the
/// failure-detection timing that decides how fast a lost node's entities come back elsewhere.
/// </summary>
public sealed record ClusterSettings(
    bool Enabled,
    string Host,
    int Port,
    IReadOnlyList<string> SeedNodes,
    int ShardCount,
    TimeSpan StableAfter,
    TimeSpan DownRemovalMargin,
    TimeSpan HeartbeatInterval,
    TimeSpan AcceptableHeartbeatPause,
    TimeSpan UpdatingStateTimeout)
{
    public static ClusterSettings From(Config config)
    {
        var section = config.GetConfig("cluster");
        var expected = section.GetInt("expected-nodes");
        var shards = section.GetInt("shard-count");
        return new ClusterSettings(
            section.GetBoolean("enabled"),
            section.GetString("host"),
            section.GetInt("port"),
            SeedList(section.GetString("seed-nodes")),
            shards > 0 ? shards : 10 * Math.Max(1, expected),
            section.GetTimeSpan("stable-after"),
            section.GetTimeSpan("down-removal-margin"),
            section.GetTimeSpan("failure-detector.heartbeat-interval"),
            section.GetTimeSpan("failure-detector.acceptable-heartbeat-pause"),
            section.GetTimeSpan("updating-state-timeout"));
    }

    /// <summary>"host:port,host:port" (one string, so the environment of a container can set it).</summary>
    public static IReadOnlyList<string> SeedList(string text) =>
        text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Why a seed entry is not host:port, or null.</summary>
    public static string? SeedProblem(string seed)
    {
        var colon = seed.LastIndexOf(':');
        return colon <= 0 || !int.TryParse(seed[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535
            ? $"'{seed}' is not host:port"
            : null;
    }

    private static string Quote(string text) => JsonSerializer.Serialize(text);

    private static string Hocon(TimeSpan span) => $"{(long)span.TotalMilliseconds}ms";

    /// <summary>
    /// The Akka settings of a member: remoting on host:port (advertised as written: seeds must name it the same way),
    /// the split-brain resolver (keep-majority), sharding with remembered entities in the journal, and every message
    /// that crosses nodes written by <see cref="MessageSerializer"/>.
    /// </summary>
    public AkkaConfig ToAkkaConfig(string systemName)
    {
        var seeds = string.Join(", ", SeedNodes.Select(seed => Quote($"akka.tcp://{systemName}@{seed}")));
        var serializer = $"{typeof(MessageSerializer).FullName}, {typeof(MessageSerializer).Assembly.GetName().Name}";
        return ConfigurationFactory.ParseString($$"""
            akka.actor.provider = cluster
            akka.actor.serializers.distribution-messages = {{Quote(serializer)}}
            akka.actor.serialization-bindings { "System.Object" = distribution-messages }
            akka.remote.dot-netty.tcp { hostname = {{Quote(Host)}}, public-hostname = {{Quote(Host)}}, port = {{Port}} }
            akka.cluster {
              seed-nodes = [{{seeds}}]
              downing-provider-class = "Akka.Cluster.SBR.SplitBrainResolverProvider, Akka.Cluster"
              split-brain-resolver { active-strategy = keep-majority, stable-after = {{Hocon(StableAfter)}} }
              down-removal-margin = {{Hocon(DownRemovalMargin)}}
              run-coordinated-shutdown-when-down = on
              failure-detector {
                heartbeat-interval = {{Hocon(HeartbeatInterval)}}
                acceptable-heartbeat-pause = {{Hocon(AcceptableHeartbeatPause)}}
              }
              sharding {
                state-store-mode = persistence
                remember-entities = on
                remember-entities-store = eventsourced
                journal-plugin-id = {{Quote(JournalSettings.JournalPluginId)}}
                snapshot-plugin-id = {{Quote(JournalSettings.SnapshotPluginId)}}
                updating-state-timeout = {{Hocon(UpdatingStateTimeout)}}
                # Entities of a downed node restart at once on the node their shard moves to.
                entity-restart-backoff = 1s
                coordinator-failure-backoff = 1s
                retry-interval = 500ms
                shard-start-timeout = 5s
              }
              singleton.hand-over-retry-interval = 500ms
              singleton-proxy.singleton-identification-interval = 500ms
            }
            """);
    }
}
