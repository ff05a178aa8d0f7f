using ActorDistribution.Runtime.Serialization;

namespace ActorDistribution.Distribution.Despooler;

/// <summary>
/// An install or removal arrived while the current delivery was mid-step (e.g. with access revoked); it replaces
/// any request queued before it and starts when the current delivery rests (installed, failed, removed or retrying).
/// </summary>
[EventManifest("despooler.request-queued.v1")]
public sealed record RequestQueued(DateTimeOffset At, QueuedRequest Request) : PackageDirectoryEvent(At);
