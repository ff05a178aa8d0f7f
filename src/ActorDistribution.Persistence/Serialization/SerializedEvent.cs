namespace ActorDistribution.Persistence.Serialization;

/// <summary>An event as stored: its manifest and its UTF-8 JSON.</summary>
public sealed record SerializedEvent(string Manifest, byte[] Payload);
