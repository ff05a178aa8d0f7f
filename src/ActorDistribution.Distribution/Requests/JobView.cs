namespace ActorDistribution.Distribution.Requests;

/// <summary>A job with the status of each target server and the overall status (pending, in-progress, completed, failed).</summary>
/// <param name="Version">The package version the job distributes (null for a removal).</param>
/// <param name="OfferInboxes">Where a run-command-on-workstation job dropped its offer file, per target site.</param>
public sealed record JobView(
    string Id,
    string Type,
    string Package,
    string? Version,
    string? SourceSite,
    IReadOnlyList<JobTargetView> Targets,
    string Status,
    IReadOnlyList<string> OfferInboxes);
