using ActorDistribution.Runtime.Serialization;

namespace ActorDistribution.Distribution.Caps;

[EventManifest("stuck-lock.alarmed.v1")]
public sealed record StuckLockAlarmed(DateTimeOffset At, int Rounds, IReadOnlyList<CapInbox> Remaining) : StuckLockEvent(At);
