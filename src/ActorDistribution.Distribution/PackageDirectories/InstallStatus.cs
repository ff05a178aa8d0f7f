using System.Globalization;

namespace ActorDistribution.Distribution.PackageDirectories;

/// <summary>A package directory's status with its details; <see cref="Display"/> is the shell's wording.</summary>
public sealed record InstallStatus(
    InstallStatusKind Kind,
    int? Retry = null,
    int? RetryLimit = null,
    DateTimeOffset? ClosesAt = null,
    string? Version = null,
    string? Reason = null)
{
    public string Display => Kind switch
    {
        InstallStatusKind.Pending => "pending",
        InstallStatusKind.Installing => "installing",
        InstallStatusKind.Retrying => string.Create(CultureInfo.InvariantCulture, $"retrying ({Retry} of {RetryLimit})"),
        InstallStatusKind.AccessRevoked => "access-revoked",
        InstallStatusKind.WarningSent => string.Create(CultureInfo.InvariantCulture, $"warning-sent (closes at {ClosesAt?.UtcDateTime:yyyy-MM-dd HH:mm} UTC)"),
        InstallStatusKind.ForceDisconnecting => "force-disconnecting",
        InstallStatusKind.Copying => "copying",
        InstallStatusKind.Installed => $"installed ({Version})",
        InstallStatusKind.Failed => $"failed ({Reason})",
        InstallStatusKind.Removing => "removing",
        InstallStatusKind.Removed => "removed",
        _ => Kind.ToString(),
    };

    public override string ToString() => Display;
}

/// <summary>The install status of a package on a server, as the shell's <c>status</c> shows it.</summary>
public enum InstallStatusKind
{
    Pending,
    Installing,
    Retrying,
    AccessRevoked,
    WarningSent,
    ForceDisconnecting,
    Copying,
    Installed,
    Failed,
    Removing,
    Removed,
}
