using ActorDistribution.Runtime.Serialization;

namespace ActorDistribution.Distribution.Caps;

/// <summary>The restarted manager is still writing the locked inboxes; look again later.</summary>
[EventManifest("stuck-lock.verification-deferred.v1")]
public sealed record VerificationDeferred(DateTimeOffset At, IReadOnlyList<CapInbox> Writing, DateTimeOffset RecheckAt) : StuckLockEvent(At);
