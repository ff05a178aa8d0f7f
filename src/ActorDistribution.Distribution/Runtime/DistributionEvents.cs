using ActorDistribution.Runtime.Serialization;

namespace ActorDistribution.Distribution.Runtime;

/// <summary>The codec that knows every domain event, for readers without an actor system (the audit).</summary>
public static class DistributionEvents
{
    public static EventCodec Codec() => new EventCodec().RegisterAssembly(typeof(DistributionEvents).Assembly);
}
