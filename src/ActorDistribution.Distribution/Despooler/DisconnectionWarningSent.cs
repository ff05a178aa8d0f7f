using ActorDistribution.Runtime.Serialization;

namespace ActorDistribution.Distribution.Despooler;

/// <summary>Users holding files open were told to close them; access closes at ForceCloseAt (warning time + z).</summary>
[EventManifest("despooler.disconnection-warning-sent.v1")]
public sealed record DisconnectionWarningSent(DateTimeOffset At, IReadOnlyList<string> Users, DateTimeOffset ForceCloseAt) : PackageDirectoryEvent(At);
