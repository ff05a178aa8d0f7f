using ActorDistribution.Runtime.Serialization;

namespace ActorDistribution.Distribution.Inboxes;

/// <summary>The copy stopped at <paramref name="Path"/>; the version stays unreplicated and the lock is still removed.</summary>
[EventManifest("inbox.file-copy-failed.v1")]
public sealed record InboxFileCopyFailed(DateTimeOffset At, string Path, string Reason) : InboxEvent(At);
