using ActorDistribution.Runtime.Serialization;

namespace ActorDistribution.Distribution.Despooler;

/// <summary>Removal of the directory was requested; its first attempt is due at once.</summary>
[EventManifest("despooler.removal-requested.v1")]
public sealed record RemovalRequested(DateTimeOffset At, DeliveryPlan Plan) : PackageDirectoryEvent(At);
