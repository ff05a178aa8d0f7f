using ActorDistribution.Runtime.Serialization;

namespace ActorDistribution.Distribution.Caps;

/// <summary>Locks survived a round; the next round starts with the ones that remain.</summary>
[EventManifest("stuck-lock.round-failed.v1")]
public sealed record RemedyRoundFailed(DateTimeOffset At, int Round, IReadOnlyList<CapInbox> Remaining) : StuckLockEvent(At);
