using ActorDistribution.Runtime.Serialization;

namespace ActorDistribution.Distribution.Caps;

[EventManifest("stuck-lock.inbox-manager-stopped.v1")]
public sealed record InboxManagerStoppedForRemedy(DateTimeOffset At, int Round) : StuckLockEvent(At);
