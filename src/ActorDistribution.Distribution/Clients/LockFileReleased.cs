using ActorDistribution.Runtime.Serialization;

namespace ActorDistribution.Distribution.Clients;

[EventManifest("client.lock-file-released.v1")]
public sealed record LockFileReleased(DateTimeOffset At, string Path, long Handle) : ClientEvent(At);
