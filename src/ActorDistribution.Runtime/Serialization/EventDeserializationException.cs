namespace ActorDistribution.Runtime.Serialization;

/// <summary>A stored event has a known manifest but its JSON does not fit the type.</summary>
public sealed class EventDeserializationException(string manifest, Type type, Exception inner)
    : Exception($"cannot deserialize '{manifest}' as {type.FullName}: {inner.Message}", inner)
{
    public string Manifest { get; } = manifest;
    public Type Type { get; } = type;
}
