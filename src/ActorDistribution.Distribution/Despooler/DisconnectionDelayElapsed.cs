using ActorDistribution.Runtime.Serialization;

namespace ActorDistribution.Distribution.Despooler;

/// <summary>z has passed since the warning; users still holding files are to be disconnected.</summary>
[EventManifest("despooler.disconnection-delay-elapsed.v1")]
public sealed record DisconnectionDelayElapsed(DateTimeOffset At) : PackageDirectoryEvent(At);
