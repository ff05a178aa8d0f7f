using ActorDistribution.Runtime.Serialization;

namespace ActorDistribution.Distribution.Inboxes;

/// <summary>The lock is gone and the update is over.</summary>
[EventManifest("inbox.lock-deleted.v1")]
public sealed record LockDeleted(DateTimeOffset At, int Attempt) : InboxEvent(At);
