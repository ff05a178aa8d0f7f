using ActorDistribution.Runtime.Serialization;

namespace ActorDistribution.Distribution.Caps;

/// <summary>The CAP joined <paramref name="Site"/>; its share is at <paramref name="Location"/> (<c>SERVER/SHARE</c>).</summary>
[EventManifest("cap.added.v1")]
public sealed record CapAdded(DateTimeOffset At, string Site, string Location) : IJournalEvent;
