using ActorDistribution.Distribution.Packages;
using ActorDistribution.Distribution.SiteDespoolers;

namespace ActorDistribution.Distribution.Jobs;

/// <summary>Everything a job orders, fixed when it is created (the package version is the current one then).</summary>
/// <param name="Version">Null for a removal.</param>
/// <param name="SourceSite">The site the job was created at; informative only: the target sites' settings drive the delivery.</param>
/// <param name="Command">The command line a run-command-on-workstation job's offer carries to the workstations (<c>--command</c>);
/// null for the other types, and in journals written before it existed.</param>
public sealed record JobDefinition(
    string Id,
    JobType Type,
    string Package,
    string? Version,
    IReadOnlyList<PackageFile> Files,
    string? SourceSite,
    IReadOnlyList<JobTarget> Targets,
    string? Command = null)
{
    public DeliveryOrder OrderFor(JobTarget target) => new(Id, Type, Package, Version, Files, target.Servers, Command);
}

/// <summary>A target site of a job and the servers of that site it reaches.</summary>
public sealed record JobTarget(string Site, IReadOnlyList<string> Servers);
