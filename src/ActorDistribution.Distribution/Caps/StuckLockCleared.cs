using ActorDistribution.Runtime.Serialization;

namespace ActorDistribution.Distribution.Caps;

[EventManifest("stuck-lock.cleared.v1")]
public sealed record StuckLockCleared(DateTimeOffset At, int Round, IReadOnlyList<CapInbox> Locks) : StuckLockEvent(At);
