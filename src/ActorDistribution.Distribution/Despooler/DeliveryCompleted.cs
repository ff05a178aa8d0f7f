using ActorDistribution.Runtime.Serialization;

namespace ActorDistribution.Distribution.Despooler;

/// <summary>The delivery ended with the version installed.</summary>
[EventManifest("despooler.delivery-completed.v1")]
public sealed record DeliveryCompleted(DateTimeOffset At, string Version) : PackageDirectoryEvent(At);
