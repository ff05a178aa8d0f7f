using ActorDistribution.Distribution.Packages;
using ActorDistribution.Distribution.SiteDespoolers;

namespace ActorDistribution.Distribution.Jobs;

/// <summary>Everything a job orders, fixed when it is created (the package version is the current one then).</summary>
/// <param name="Version">Null for a removal.</param>
/// <param name="SourceSite">The site the job was created at; informative only: the target sites' settings drive the delivery.</param>
public sealed record JobDefinition(
    string Id,
    JobType Type,
    string Package,
    string? Version,
    IReadOnlyList<PackageFile> Files,
    string? SourceSite,
    IReadOnlyList<JobTarget> Targets)
{
    public DeliveryOrder OrderFor(JobTarget target) => new(Id, Type, Package, Version, Files, target.Servers);
}

/// <summary>A target site of a job and the servers of that site it reaches.</summary>
public sealed record JobTarget(string Site, IReadOnlyList<string> Servers);
