namespace ActorDistribution.Distribution.Despooler;

/// <summary>A job hands its order for one target site to that site's despooler; answered with <see cref="DeliveryOrderAccepted"/> (also when repeated).</summary>
public sealed record DispatchDelivery(DeliveryOrder Order);
