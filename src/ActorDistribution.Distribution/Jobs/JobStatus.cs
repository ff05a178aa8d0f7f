using ActorDistribution.Distribution.PackageDirectories;

namespace ActorDistribution.Distribution.Jobs;

/// <summary>A job's overall status from its target servers: pending, in-progress, completed or failed.</summary>
public static class JobStatus
{
    public const string Pending = "pending";
    public const string InProgress = "in-progress";
    public const string Completed = "completed";
    public const string Failed = "failed";

    /// <summary>
    /// What a target server shows for this job: a directory holding an older version has not yet received this
    /// one; a newer version fulfils the job too (a later job superseded it).
    /// </summary>
    public static InstallStatus ForTarget(JobDefinition job, InstallStatus directory) => directory.Kind switch
    {
        InstallStatusKind.Installed when job.Type == JobType.RemovePackageFromServer
                                         || (directory.Version != job.Version && !IsNewer(directory.Version, job.Version)) => new InstallStatus(InstallStatusKind.Pending),
        InstallStatusKind.Removed when job.Type != JobType.RemovePackageFromServer => new InstallStatus(InstallStatusKind.Pending),
        _ => directory,
    };

    /// <summary>Completed when every target is done; failed when every target ended and one failed; pending while none began.</summary>
    public static string Of(IReadOnlyList<InstallStatus> targets)
    {
        if (targets.Count == 0) return Pending;
        if (targets.All(IsDone)) return Completed;
        if (targets.All(t => IsDone(t) || t.Kind == InstallStatusKind.Failed)) return Failed;
        return targets.All(t => t.Kind == InstallStatusKind.Pending) ? Pending : InProgress;
    }

    // Package versions are numbered 1, 2, ... by the Package actor.
    private static bool IsNewer(string? installed, string? wanted)
        => int.TryParse(installed, out var have) && int.TryParse(wanted, out var want) && have > want;

    private static bool IsDone(InstallStatus status) => status.Kind is InstallStatusKind.Installed or InstallStatusKind.Removed;
}
