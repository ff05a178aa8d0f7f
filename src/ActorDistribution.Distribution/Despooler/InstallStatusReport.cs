namespace ActorDistribution.Distribution.Despooler;

/// <summary>A package directory's status; <paramref name="Requested"/> is false while nothing was ever sent to it.</summary>
public sealed record InstallStatusReport(string Server, string Package, InstallStatus Status, bool Requested, PackageDirectoryPhase Phase);
