using ActorDistribution.Runtime.Serialization;

namespace ActorDistribution.Distribution.Despooler;

/// <summary>The handles and sessions of these users (all warned earlier) were closed.</summary>
[EventManifest("despooler.users-disconnected.v1")]
public sealed record UsersDisconnected(DateTimeOffset At, IReadOnlyList<string> Users) : PackageDirectoryEvent(At);
