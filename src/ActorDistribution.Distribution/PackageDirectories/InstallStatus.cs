using System.Globalization;

namespace ActorDistribution.Distribution.PackageDirectories;

/// <summary>A package directory's status with its details; <see cref="Display"/> is the shell's wording.</summary>
/// <param name="Retry">The retry being waited for (1 is the first retry).</param>
/// <param name="RetryLimit">y when forcing (<paramref name="ForcedCopyAt"/> set), else the retry limit.</param>
/// <param name="ForcedCopyAt">When forcing: when the forced copy is planned (t0 + x(y+1) + z).</param>
/// <param name="FilesCopied">Files a stopped copy wrote: above 0, the directory is partly updated.</param>
/// <param name="FileCount">Files of the version being installed.</param>
public sealed record InstallStatus(
    InstallStatusKind Kind,
    int? Retry = null,
    int? RetryLimit = null,
    DateTimeOffset? ClosesAt = null,
    string? Version = null,
    string? Reason = null,
    DateTimeOffset? NextAttemptAt = null,
    DateTimeOffset? ForcedCopyAt = null,
    int FilesCopied = 0,
    int FileCount = 0)
{
    public string Display => Kind switch
    {
        InstallStatusKind.Pending => "pending",
        InstallStatusKind.Installing => "installing",
        InstallStatusKind.Retrying => $"retrying ({RetryText})",
        InstallStatusKind.AccessRevoked => "access-revoked",
        InstallStatusKind.WarningSent => string.Create(CultureInfo.InvariantCulture, $"warning-sent (closes at {ClosesAt?.UtcDateTime:yyyy-MM-dd HH:mm} UTC)"),
        InstallStatusKind.ForceDisconnecting => "force-disconnecting",
        InstallStatusKind.Copying => "copying",
        InstallStatusKind.Installed => $"installed ({Version})",
        InstallStatusKind.Failed => FilesCopied > 0 ? $"failed ({Reason}; {PartlyUpdated})" : $"failed ({Reason})",
        InstallStatusKind.Removing => "removing",
        InstallStatusKind.Removed => "removed",
        _ => Kind.ToString(),
    };

    public override string ToString() => Display;

    /// <summary>
    /// The count never exceeds its limit: while forcing, retries 1..y read "retry k of y" and anything past y
    /// reads "y of y retries done, forcing at T" (or "no retries before forcing" for y = 0); without forcing a
    /// delivery retries only up to its limit, so "retry k of limit" holds.
    /// </summary>
    private string RetryText
    {
        get
        {
            var forcing = ForcedCopyAt is not null;
            var limit = RetryLimit ?? 0;
            var next = Time(NextAttemptAt);
            var text = !forcing || Retry <= limit
                ? string.Create(CultureInfo.InvariantCulture, $"retry {Retry} of {limit}, next at {next}")
                : limit == 0
                    ? $"no retries before forcing, forcing at {next}"
                    : string.Create(CultureInfo.InvariantCulture, $"{limit} of {limit} retries done, forcing at {next}");
            if (forcing) text += $", forced copy at {Time(ForcedCopyAt)}";
            return FilesCopied > 0 ? $"{text}, {PartlyUpdated}" : text;
        }
    }

    private string PartlyUpdated => string.Create(CultureInfo.InvariantCulture, $"partly updated: {FilesCopied} of {FileCount} files copied");

    private static string Time(DateTimeOffset? at) =>
        at is { } time ? string.Create(CultureInfo.InvariantCulture, $"{time.UtcDateTime:yyyy-MM-dd HH:mm} UTC") : "unknown";
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
