using ActorDistribution.Runtime.Serialization;

namespace ActorDistribution.Distribution.Caps;

/// <summary>An operator force-closed the open files under <paramref name="Subtree"/> of the CAP (the manual remedy's close).</summary>
[EventManifest("cap.files-closed.v1")]
public sealed record CapFilesClosed(DateTimeOffset At, string Subtree, IReadOnlyList<string> Users, int ClosedHandles) : IJournalEvent;
