using ActorDistribution.Runtime.Serialization;

namespace ActorDistribution.Distribution.Despooler;

/// <summary>A job's order reached the despooler; it waits here until the despooler runs.</summary>
[EventManifest("despooler.order-received.v1")]
public sealed record DeliveryOrderReceived(DateTimeOffset At, DeliveryOrder Order) : DespoolerEvent(At);
