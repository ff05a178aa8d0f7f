namespace ActorDistribution.Shares;

/// <summary>Settings of a share host.</summary>
public sealed record ShareHostOptions
{
    /// <summary>The account the despooler and inbox manager act as; it keeps access when a share is revoked.</summary>
    public string ServiceAccount { get; init; } = "DistributionService";
}
