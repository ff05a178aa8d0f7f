using ActorDistribution.Runtime.Serialization;

namespace ActorDistribution.Distribution.Despooler;

/// <summary>Attempt number Attempt began (0 is the first; attempt k is due at t0 + k·x, t0 the first failed attempt).</summary>
[EventManifest("despooler.attempt-started.v1")]
public sealed record AttemptStarted(DateTimeOffset At, int Attempt) : PackageDirectoryEvent(At);
