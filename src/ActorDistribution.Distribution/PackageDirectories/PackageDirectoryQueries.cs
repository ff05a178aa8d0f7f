using ActorDistribution.Distribution.Packages;

namespace ActorDistribution.Distribution.PackageDirectories;

/// <summary>Asks a package directory for its <see cref="InstallStatusReport"/>.</summary>
public sealed record GetInstallStatus
{
    public static readonly GetInstallStatus Instance = new();
}

/// <summary>A package directory's status; <paramref name="Requested"/> is false while nothing was ever sent to it.</summary>
/// <param name="JobId">The job the current (or last) delivery serves; null before any, or when its journal predates job ids.</param>
/// <param name="Escalation">While a delivery is past its first failed attempt and not yet settled: its t0, forced time and users.</param>
public sealed record InstallStatusReport(string Server, string Package, InstallStatus Status, bool Requested, PackageDirectoryPhase Phase, string? JobId = null,
    EscalationProgress? Escalation = null);

/// <summary>
/// A delivery between its first failed attempt (t0) and its end: when it forces (t0 + x(y+1) + z, or the planned close
/// once users are warned; null without forced disconnection), the users warned and the users whose open files made it escalate.
/// </summary>
public sealed record EscalationProgress(DateTimeOffset FirstFailedAt, DateTimeOffset? ForcedAt, IReadOnlyList<string> UsersWarned, IReadOnlyList<string> UsersHoldingFiles);
