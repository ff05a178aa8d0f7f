using ActorDistribution.Runtime.Serialization;

namespace ActorDistribution.Distribution.Despooler;

/// <summary>Only the service account may start sessions now; connected sessions keep their access.</summary>
[EventManifest("despooler.access-revoked.v1")]
public sealed record DirectoryAccessRevoked(DateTimeOffset At) : PackageDirectoryEvent(At);
