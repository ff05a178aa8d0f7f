using ActorDistribution.Runtime.Serialization;

namespace ActorDistribution.Distribution.Caps;

/// <summary>The manager is still writing inboxes a close would reach into; nothing is force-closed, and the supervisor asks again at <paramref name="RecheckAt"/>.</summary>
[EventManifest("stuck-lock.held-for-write.v1")]
public sealed record RemedyHeldForWrite(DateTimeOffset At, IReadOnlyList<CapInbox> Writing, DateTimeOffset RecheckAt) : StuckLockEvent(At);
