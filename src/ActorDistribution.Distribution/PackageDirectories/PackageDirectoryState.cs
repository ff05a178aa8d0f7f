using System.Text.Json.Serialization;
using ActorDistribution.Distribution.Jobs;
using ActorDistribution.Distribution.Packages;

namespace ActorDistribution.Distribution.PackageDirectories;

/// <summary>
/// Everything known about one package directory (one server × one package), built only by
/// <see cref="PackageDirectoryEscalation.Evolve"/>. The actor reads three things from it: the
/// <see cref="PendingEffect"/> to perform, the <see cref="NextDue"/> timer to arm, and the <see cref="Status"/> to show.
/// </summary>
/// <param name="Version">The version this delivery installs (null for a removal).</param>
/// <param name="Attempt">The current or last attempt of this delivery; 0 is the first.</param>
/// <param name="FirstFailedAt">t0: all attempts are timed from it, so waits never drift.</param>
/// <param name="OpenFilesAtEscalation">The open files that made the delivery force; their users are warned.</param>
/// <param name="FilesCopied">This delivery's files are written and verified.</param>
/// <param name="InstalledVersion">The last version completely installed, kept across deliveries.</param>
/// <param name="LastFailure">Why the last attempt failed.</param>
/// <param name="FailureReason">Why the delivery ended as failed.</param>
/// <param name="Queued">A request that arrived mid-step, to start once this delivery rests.</param>
/// <param name="JobId">The job the current (or last) delivery serves; null before any, or from an older journal.</param>
/// <param name="PartlyCopied">The most files a stopped copy of this delivery wrote: above 0, the directory is partly updated.</param>
public sealed record PackageDirectoryState(
    PackageDirectoryPhase Phase,
    PackageDirectoryOperation Operation,
    string? Version,
    IReadOnlyList<PackageFile> Files,
    JobType? JobType,
    DeliveryPlan? Plan,
    int Attempt,
    DateTimeOffset? FirstFailedAt,
    DateTimeOffset? NextAttemptAt,
    DateTimeOffset? ForceCloseAt,
    bool IsAccessRevoked,
    IReadOnlyList<OpenFile> OpenFilesAtEscalation,
    IReadOnlyList<string> WarnedUsers,
    IReadOnlyList<string> DisconnectedUsers,
    bool FilesCopied,
    string? InstalledVersion,
    string? LastFailure,
    string? FailureReason,
    QueuedRequest? Queued = null,
    string? JobId = null,
    int PartlyCopied = 0)
{
    public static PackageDirectoryState Initial { get; } = new(
        PackageDirectoryPhase.Idle, PackageDirectoryOperation.Install, null, [], null, null, 0,
        null, null, null, false, [], [], [], false, null, null, null);

    /// <summary>The plan of the current delivery; asking before any delivery was requested is a bug.</summary>
    [JsonIgnore]
    public DeliveryPlan CurrentPlan => Plan ?? throw new InvalidOperationException("no delivery has been requested for this package directory");

    /// <summary>A new install or removal may start: nothing is in flight and access is not revoked.</summary>
    [JsonIgnore]
    public bool AcceptsRequest => Phase is PackageDirectoryPhase.Idle or PackageDirectoryPhase.Pending or PackageDirectoryPhase.Retrying
        or PackageDirectoryPhase.Installed or PackageDirectoryPhase.Removed or PackageDirectoryPhase.Failed;

    /// <summary>The step the actor performs now, or null while waiting for a timer or at rest.</summary>
    /// <summary>One escalation of one delivery: its version, its first failed attempt and the attempt that escalated.</summary>
    [JsonIgnore]
    private string EscalationName => $"{Version}@{FirstFailedAt:O}#{Attempt}";

    [JsonIgnore]
    public PackageDirectoryEffect? PendingEffect => Phase switch
    {
        PackageDirectoryPhase.CheckingOpenFiles => new CheckOpenFiles(),
        PackageDirectoryPhase.Copying when !FilesCopied => new CopyPackageFiles(Version!, Files),
        PackageDirectoryPhase.Deleting => new DeletePackageDirectory(),
        PackageDirectoryPhase.RevokingAccess => new RevokeAccess(),
        PackageDirectoryPhase.WarningUsers => new WarnUsers(UsersOf(OpenFilesAtEscalation), CurrentPlan.ForcedDisconnectionDelay, EscalationName),
        PackageDirectoryPhase.ForceDisconnecting => new ForceCloseOpenFiles(WarnedUsers, EscalationName),
        PackageDirectoryPhase.RestoringAccess => new RestoreAccess(),
        PackageDirectoryPhase.NotifyingUsers => new NotifyUsersReady(WarnedUsers, EscalationName),
        _ => null,
    };

    /// <summary>The timer the actor keeps armed (re-armed after recovery), or null.</summary>
    [JsonIgnore]
    public DueTimer? NextDue => Phase switch
    {
        PackageDirectoryPhase.Pending or PackageDirectoryPhase.Retrying when NextAttemptAt is { } at => new DueTimer(at, DueTimerKind.Attempt),
        PackageDirectoryPhase.AwaitingForceClose when ForceCloseAt is { } at => new DueTimer(at, DueTimerKind.ForceClose),
        _ => null,
    };

    [JsonIgnore]
    public InstallStatus Status => Phase switch
    {
        PackageDirectoryPhase.Idle or PackageDirectoryPhase.Pending => new InstallStatus(InstallStatusKind.Pending),
        PackageDirectoryPhase.CheckingOpenFiles or PackageDirectoryPhase.RevokingAccess or PackageDirectoryPhase.NotifyingUsers
            => new InstallStatus(InstallStatusKind.Installing),
        PackageDirectoryPhase.Copying => new InstallStatus(InstallStatusKind.Copying),
        PackageDirectoryPhase.Deleting => new InstallStatus(InstallStatusKind.Removing),
        // Retry counts the retry being waited for; past y (forcing) the wording says the next attempt forces instead.
        PackageDirectoryPhase.Retrying => new InstallStatus(
            InstallStatusKind.Retrying, Retry: Attempt + 1, RetryLimit: CurrentPlan.RetryLimitShown,
            NextAttemptAt: NextAttemptAt, ForcedCopyAt: PlannedForcedCopyAt, FilesCopied: PartlyCopied, FileCount: Files.Count),
        PackageDirectoryPhase.WarningUsers or PackageDirectoryPhase.RestoringAccess => new InstallStatus(InstallStatusKind.AccessRevoked),
        PackageDirectoryPhase.AwaitingForceClose => new InstallStatus(InstallStatusKind.WarningSent, ClosesAt: ForceCloseAt),
        PackageDirectoryPhase.ForceDisconnecting => new InstallStatus(InstallStatusKind.ForceDisconnecting),
        PackageDirectoryPhase.Installed => new InstallStatus(InstallStatusKind.Installed, Version: InstalledVersion),
        PackageDirectoryPhase.Removed => new InstallStatus(InstallStatusKind.Removed),
        PackageDirectoryPhase.Failed => new InstallStatus(InstallStatusKind.Failed, Reason: FailureReason, FilesCopied: PartlyCopied, FileCount: Files.Count),
        _ => throw new InvalidOperationException($"no status for phase {Phase}"),
    };

    /// <summary>The escalation under way (the console's countdown), or null at rest or before any attempt failed.</summary>
    [JsonIgnore]
    public EscalationProgress? Escalation => FirstFailedAt is { } t0 && Phase is not (PackageDirectoryPhase.Idle or PackageDirectoryPhase.Pending
        or PackageDirectoryPhase.Installed or PackageDirectoryPhase.Removed or PackageDirectoryPhase.Failed)
        ? new EscalationProgress(t0, Phase == PackageDirectoryPhase.Retrying ? PlannedForcedCopyAt : ForceCloseAt ?? PlannedForcedCopyAt,
            WarnedUsers, UsersOf(OpenFilesAtEscalation))
        : null;

    /// <summary>
    /// When forcing: the copy the next forcing attempt would make, t0 + x·(y+1) + z while retries remain, and
    /// t0 + x·(k+1) + z for a retry k+1 past y (the forcing attempt's copy failed and is retried).
    /// </summary>
    [JsonIgnore]
    private DateTimeOffset? PlannedForcedCopyAt => Plan is { ForcedDelivery: true } plan && FirstFailedAt is { } t0
        ? t0 + plan.RetryInterval * Math.Max(Attempt + 1, plan.RetriesBeforeForcedDisconnection + 1) + plan.ForcedDisconnectionDelay
        : null;

    internal static IReadOnlyList<string> UsersOf(IEnumerable<OpenFile> files) =>
        files.Select(file => file.User).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
}
