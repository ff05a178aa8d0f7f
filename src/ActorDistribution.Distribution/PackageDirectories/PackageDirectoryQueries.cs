using ActorDistribution.Distribution.Packages;

namespace ActorDistribution.Distribution.PackageDirectories;

/// <summary>Asks a package directory for its <see cref="InstallStatusReport"/>.</summary>
public sealed record GetInstallStatus
{
    public static readonly GetInstallStatus Instance = new();
}

/// <summary>A package directory's status; <paramref name="Requested"/> is false while nothing was ever sent to it.</summary>
/// <param name="JobId">The job the current (or last) delivery serves; null before any, or when its journal predates job ids.</param>
public sealed record InstallStatusReport(string Server, string Package, InstallStatus Status, bool Requested, PackageDirectoryPhase Phase, string? JobId = null);
