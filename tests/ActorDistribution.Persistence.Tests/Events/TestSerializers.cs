using ActorDistribution.Persistence.Serialization;

namespace ActorDistribution.Persistence.Tests.Events;

public static class TestSerializers
{
    /// <summary>Knows every current test event, as a freshly started process would after registering its assembly.</summary>
    public static EventSerializer Current() => new EventSerializer().Register<ItemAdded>().Register<CounterState>();
}
