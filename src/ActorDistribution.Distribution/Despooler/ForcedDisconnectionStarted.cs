using ActorDistribution.Runtime.Serialization;

namespace ActorDistribution.Distribution.Despooler;

/// <summary>Files were still open after y retries: the despooler forces the delivery.</summary>
[EventManifest("despooler.forced-disconnection-started.v1")]
public sealed record ForcedDisconnectionStarted(DateTimeOffset At, int Attempt, IReadOnlyList<OpenFile> OpenFiles) : PackageDirectoryEvent(At);
