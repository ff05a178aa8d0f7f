using ActorDistribution.Persistence.Serialization;

namespace ActorDistribution.Persistence.Tests.Events;

[EventManifest("test.cannot-serialize.v1")]
public sealed record EventThatCannotSerialize
{
    public string Broken => throw new InvalidOperationException("this property cannot be read");
}
