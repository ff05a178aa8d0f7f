namespace ActorDistribution.Distribution.Packages;

/// <summary>Asks for one version (null: the current one); answers a PackageVersionView or a Rejected.</summary>
public sealed record GetPackageVersion(string? Version = null);
