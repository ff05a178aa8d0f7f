namespace ActorDistribution.Runtime.Serialization;

/// <summary>
/// An event reached the journal serializer without a manifest. Akka turns a serialization failure into a
/// rejected persist, so nothing is written.
/// </summary>
public sealed class MissingEventManifestException(Type eventType)
    : Exception($"{eventType.FullName} has no manifest: add [EventManifest(\"...\")] to it (or register it with a manifest)")
{
    public Type EventType { get; } = eventType;
}
