using ActorDistribution.Runtime.Serialization;

namespace ActorDistribution.Distribution.Caps;

/// <summary>Locks outlived their update; the remedy starts (round 1: stop the inbox manager).</summary>
[EventManifest("stuck-lock.detected.v1")]
public sealed record StuckLockDetected(DateTimeOffset At, IReadOnlyList<CapInbox> Locks, string Reason) : StuckLockEvent(At);
