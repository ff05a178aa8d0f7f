using ActorDistribution.Runtime.Serialization;

namespace ActorDistribution.Distribution.Despooler;

/// <summary>The delivery (or removal) ended without success after its last allowed attempt.</summary>
[EventManifest("despooler.delivery-failed.v1")]
public sealed record DeliveryFailed(DateTimeOffset At, string Reason) : PackageDirectoryEvent(At);
