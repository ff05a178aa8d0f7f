namespace ActorDistribution.Distribution.Runtime;

/// <summary>A message for one entity of a region, addressed by its id (as cluster sharding will address it).</summary>
public sealed record EntityEnvelope(string EntityId, object Message);
