using ActorDistribution.Distribution.Jobs;

namespace ActorDistribution.Distribution.Despooler;

/// <summary>What a job asks of one target site's despooler: install (or remove) a package version on these servers of the site.</summary>
/// <param name="Version">Null for a removal.</param>
public sealed record DeliveryOrder(
    string JobId,
    JobType JobType,
    string Package,
    string? Version,
    IReadOnlyList<PackageFile> Files,
    IReadOnlyList<string> Servers);
