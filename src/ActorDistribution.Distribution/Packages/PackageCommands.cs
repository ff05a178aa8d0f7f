
namespace ActorDistribution.Distribution.Packages;

/// <summary>Adds a scanned version; <paramref name="First"/> is true for <c>package add</c> (refused if the package exists), false for <c>package update</c>.</summary>
public sealed record AddPackageVersion(string Source, IReadOnlyList<PackageFile> Files, bool First);

/// <summary>Asks for one version (null: the current one); answers a PackageVersionView or a Rejected.</summary>
public sealed record GetPackageVersion(string? Version = null);

/// <summary>Asks for every version, oldest first; answers a PackageView or a Rejected.</summary>
public sealed record GetPackageVersions
{
    public static readonly GetPackageVersions Instance = new();
}
