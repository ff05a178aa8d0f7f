namespace ActorDistribution.Distribution.Runtime;

/// <summary>
/// Where an <see cref="EntityEnvelope"/> goes: the shape of Akka.Cluster.Sharding's <c>IMessageExtractor</c>
/// (entity id, entity message, shard id), so a sharded region takes the same extractor the local region uses.
/// </summary>
public sealed class EntityExtractor(int shardCount = EntityExtractor.DefaultShardCount)
{
    /// <summary>10 x the expected nodes of a small cluster; only sharding reads it.</summary>
    public const int DefaultShardCount = 30;

    public static readonly EntityExtractor Default = new();

    public string? EntityId(object message) => (message as EntityEnvelope)?.EntityId;

    public object? EntityMessage(object message) => (message as EntityEnvelope)?.Message;

    /// <summary>A stable hash (FNV-1a), never <see cref="string.GetHashCode()"/>: it differs between processes.</summary>
    public string? ShardId(object message) => EntityId(message) is { } id ? ShardOf(id) : null;

    /// <summary>The shard of an entity id (also for sharding's own start messages of remembered entities).</summary>
    public string ShardOf(string id)
    {
        var hash = 2166136261u;
        foreach (var c in id) hash = (hash ^ c) * 16777619u;
        return (hash % (uint)shardCount).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}

/// <summary>A message for one entity of a region, addressed by its id (as cluster sharding will address it).</summary>
public sealed record EntityEnvelope(string EntityId, object Message);
