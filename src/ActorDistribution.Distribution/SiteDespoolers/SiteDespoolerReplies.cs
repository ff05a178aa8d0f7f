namespace ActorDistribution.Distribution.SiteDespoolers;

/// <summary>The despooler of <paramref name="Site"/> holds the job's order (persisted): it runs now or once the despooler runs.</summary>
public sealed record DeliveryOrderAccepted(string JobId, string Site);
