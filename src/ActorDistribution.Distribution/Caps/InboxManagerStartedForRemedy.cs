using ActorDistribution.Runtime.Serialization;

namespace ActorDistribution.Distribution.Caps;

[EventManifest("stuck-lock.inbox-manager-started.v1")]
public sealed record InboxManagerStartedForRemedy(DateTimeOffset At, DateTimeOffset VerifyAt) : StuckLockEvent(At);
