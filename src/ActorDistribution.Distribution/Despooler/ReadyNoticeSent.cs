using ActorDistribution.Runtime.Serialization;

namespace ActorDistribution.Distribution.Despooler;

/// <summary>The users warned earlier (only they) were told the directory is ready again.</summary>
[EventManifest("despooler.ready-notice-sent.v1")]
public sealed record ReadyNoticeSent(DateTimeOffset At, IReadOnlyList<string> Users) : PackageDirectoryEvent(At);
