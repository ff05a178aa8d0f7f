using ActorDistribution.Runtime.Serialization;

namespace ActorDistribution.Distribution.Clients;

/// <summary>A legacy client opened the lock file to see that it exists, and holds it until <paramref name="ReleaseAt"/>.</summary>
[EventManifest("client.lock-file-opened.v1")]
public sealed record LockFileOpened(DateTimeOffset At, string Path, long Handle, DateTimeOffset ReleaseAt) : ClientEvent(At);
