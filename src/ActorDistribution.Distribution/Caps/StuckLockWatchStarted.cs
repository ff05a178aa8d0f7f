using ActorDistribution.Runtime.Serialization;

namespace ActorDistribution.Distribution.Caps;

[EventManifest("stuck-lock.watch-started.v1")]
public sealed record StuckLockWatchStarted(DateTimeOffset At, StuckLockRules Rules) : StuckLockEvent(At);
