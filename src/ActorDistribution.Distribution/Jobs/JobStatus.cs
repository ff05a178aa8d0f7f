using ActorDistribution.Distribution.PackageDirectories;

namespace ActorDistribution.Distribution.Jobs;

/// <summary>A job's overall status from its target servers: pending, in-progress, completed, failed or superseded.</summary>
public static class JobStatus
{
    public const string Pending = "pending";
    public const string InProgress = "in-progress";
    public const string Completed = "completed";
    public const string Failed = "failed";
    public const string Superseded = "superseded";
    public const string Cancelled = "cancelled";

    /// <summary>
    /// A target server as this job sees it: its own recorded outcome if it has one; otherwise the directory's live
    /// status while the directory runs this job's delivery; pending while it still runs an older job's (this order has
    /// not reached it); superseded when it already runs a newer job's. A directory whose journal predates job ids
    /// (no job named) is read as before, by version (<see cref="ForTarget"/>).
    /// </summary>
    public static JobTargetState Target(JobDefinition job, TargetOutcome? outcome, InstallStatusReport directory)
    {
        if (outcome is not null) return new JobTargetState(outcome.Display, Progress(outcome.Kind));
        if (directory.JobId is null)
        {
            var legacy = directory.Requested ? ForTarget(job, directory.Status) : new InstallStatus(InstallStatusKind.Pending);
            return new JobTargetState(legacy.Display, Progress(legacy));
        }

        if (string.Equals(directory.JobId, job.Id, StringComparison.OrdinalIgnoreCase))
            return new JobTargetState(directory.Status.Display, Progress(directory.Status));
        return IsNewer(directory.JobId, job.Id)
            ? new JobTargetState(new TargetOutcome(TargetOutcomeKind.Superseded, SupersededBy: directory.JobId).Display, JobTargetProgress.Superseded)
            : new JobTargetState(Pending, JobTargetProgress.Pending);
    }

    /// <summary>Completed when every target is done; failed when every target ended and one failed; superseded when every target ended, none failed and one was superseded; pending while none began.</summary>
    public static string Of(IReadOnlyList<JobTargetProgress> targets)
    {
        if (targets.Count == 0) return Pending;
        if (targets.All(t => t == JobTargetProgress.Done)) return Completed;
        if (targets.All(t => t is JobTargetProgress.Done or JobTargetProgress.Failed or JobTargetProgress.Superseded))
            return targets.Contains(JobTargetProgress.Failed) ? Failed : Superseded;
        return targets.All(t => t == JobTargetProgress.Pending) ? Pending : InProgress;
    }

    private static JobTargetProgress Progress(TargetOutcomeKind kind) => kind switch
    {
        TargetOutcomeKind.Installed or TargetOutcomeKind.Removed => JobTargetProgress.Done,
        TargetOutcomeKind.Failed => JobTargetProgress.Failed,
        _ => JobTargetProgress.Superseded,
    };

    private static JobTargetProgress Progress(InstallStatus status) => status.Kind switch
    {
        InstallStatusKind.Installed or InstallStatusKind.Removed => JobTargetProgress.Done,
        InstallStatusKind.Failed => JobTargetProgress.Failed,
        InstallStatusKind.Pending => JobTargetProgress.Pending,
        _ => JobTargetProgress.InProgress,
    };

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

/// <summary>Where one target server stands for a job, for the overall status.</summary>
public enum JobTargetProgress
{
    Pending,
    InProgress,
    Done,
    Failed,
    Superseded,
}

/// <summary>One target server as a job shows it: the wording, and where it stands.</summary>
public sealed record JobTargetState(string Display, JobTargetProgress Progress);
