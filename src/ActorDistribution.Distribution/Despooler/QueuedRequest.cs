using ActorDistribution.Distribution.Jobs;

namespace ActorDistribution.Distribution.Despooler;

/// <summary>An install or removal that arrived while a delivery was mid-step; it starts as soon as that delivery comes to rest.</summary>
/// <param name="Version">Null for a removal.</param>
public sealed record QueuedRequest(
    PackageDirectoryOperation Operation,
    string? Version,
    IReadOnlyList<PackageFile> Files,
    JobType JobType,
    DeliveryPlan Plan);
