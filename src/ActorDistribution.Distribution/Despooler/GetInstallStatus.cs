namespace ActorDistribution.Distribution.Despooler;

/// <summary>Asks a package directory for its <see cref="InstallStatusReport"/>.</summary>
public sealed record GetInstallStatus
{
    public static readonly GetInstallStatus Instance = new();
}
