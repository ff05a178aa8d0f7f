using ActorDistribution.Runtime.Serialization;

namespace ActorDistribution.Distribution.Caps;

/// <summary>The CAP joined <paramref name="Site"/>; its share is at <paramref name="Location"/> (<c>SERVER/SHARE</c>).</summary>
[EventManifest("cap.added.v1")]
public sealed record CapAdded(DateTimeOffset At, string Site, string Location) : IJournalEvent;

/// <summary>The CAP was taken out of its site (no client attached, no inbox being updated); its name is not used again.</summary>
[EventManifest("cap.removed.v1")]
public sealed record CapRemoved(DateTimeOffset At) : IJournalEvent;

/// <summary>An operator force-closed the open files under <paramref name="Subtree"/> of the CAP (the manual remedy's close).</summary>
[EventManifest("cap.files-closed.v1")]
public sealed record CapFilesClosed(DateTimeOffset At, string Subtree, IReadOnlyList<string> Users, int ClosedHandles) : IJournalEvent;
