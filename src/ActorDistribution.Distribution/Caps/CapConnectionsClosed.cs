using ActorDistribution.Runtime.Serialization;

namespace ActorDistribution.Distribution.Caps;

[EventManifest("stuck-lock.cap-connections-closed.v1")]
public sealed record CapConnectionsClosed(DateTimeOffset At, string Cap, IReadOnlyList<string> Users, int ClosedHandles) : StuckLockEvent(At);
