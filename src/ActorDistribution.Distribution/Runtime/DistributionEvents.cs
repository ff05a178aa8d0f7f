using ActorDistribution.Runtime.Serialization;

namespace ActorDistribution.Distribution.Runtime;

/// <summary>The serializer that knows every domain event and snapshot, by its manifest.</summary>
public static class DistributionEvents
{
    public static EventSerializer Serializer() => new EventSerializer().RegisterAssembly(typeof(DistributionEvents).Assembly);
}
