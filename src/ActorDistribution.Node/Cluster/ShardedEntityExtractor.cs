using ActorDistribution.Distribution.Runtime;
using Akka.Cluster.Sharding;

namespace ActorDistribution.Node.Cluster;

/// <summary>Sharding's view of <see cref="EntityExtractor"/>: the same ids and shards as the local region (sharding itself routes the start of a remembered entity by its id).</summary>
public sealed class ShardedEntityExtractor(EntityExtractor extractor) : IMessageExtractor
{
    public string? EntityId(object message) => extractor.EntityId(message);

    public object? EntityMessage(object message) => extractor.EntityMessage(message);

    public string? ShardId(object message) => extractor.ShardId(message);

    public string ShardId(string entityId, object? messageHint = null) => extractor.ShardOf(entityId);
}
