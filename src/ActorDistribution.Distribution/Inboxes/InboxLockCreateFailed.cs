using ActorDistribution.Runtime.Serialization;

namespace ActorDistribution.Distribution.Inboxes;

/// <summary>The update was abandoned before touching any file; the next scan tries again.</summary>
[EventManifest("inbox.lock-create-failed.v1")]
public sealed record InboxLockCreateFailed(DateTimeOffset At, string Reason) : InboxEvent(At);
