namespace ActorDistribution.Runtime.Serialization;

/// <summary>A stored event (or snapshot) has a manifest no registered type or upcaster knows: replay must stop loudly.</summary>
public sealed class UnknownManifestException(string manifest)
    : Exception($"unknown manifest '{manifest}': register the event type or an upcaster")
{
    public string Manifest { get; } = manifest;
}
