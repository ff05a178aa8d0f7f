using ActorDistribution.Distribution.Jobs;

namespace ActorDistribution.Distribution.PackageDirectories;

/// <summary>
/// Which job outcomes an event of a package directory settles, given the state before it: the end of the
/// current delivery (installed, removed, failed), or the replacement of an unfinished delivery (or of a queued
/// request) by another job's. Pure, so recovery rebuilds exactly the outcomes the live actor reported.
/// Deliveries from journals that predate job ids (JobId null) settle nothing.
/// </summary>
public static class DeliverySettlements
{
    public static IReadOnlyList<(string JobId, TargetOutcome Outcome)> Of(PackageDirectoryState before, PackageDirectoryEvent @event)
    {
        switch (@event)
        {
            case DeliveryCompleted completed when before.JobId is { } job:
                return [(job, new TargetOutcome(TargetOutcomeKind.Installed, Version: completed.Version))];
            case PackageDirectoryRemoved when before.JobId is { } job:
                return [(job, new TargetOutcome(TargetOutcomeKind.Removed))];
            case DeliveryFailed failed when before.JobId is { } job:
                return [(job, new TargetOutcome(TargetOutcomeKind.Failed, Reason: failed.Reason))];
            case DeliveryRequested requested:
                return Replaced(before, requested.JobId, includeCurrent: true);
            case RemovalRequested requested:
                return Replaced(before, requested.JobId, includeCurrent: true);
            case RequestQueued queued:
                return Replaced(before, queued.Request.JobId, includeCurrent: false);
            default:
                return [];
        }
    }

    /// <summary>The current delivery, when it had not ended, and any queued request, give way to the new request.</summary>
    private static IReadOnlyList<(string JobId, TargetOutcome Outcome)> Replaced(PackageDirectoryState before, string? by, bool includeCurrent)
    {
        if (by is null) return [];
        var superseded = new TargetOutcome(TargetOutcomeKind.Superseded, SupersededBy: by);
        var replaced = new List<(string, TargetOutcome)>();
        if (includeCurrent && before.JobId is { } current && current != by && !HasEnded(before.Phase)) replaced.Add((current, superseded));
        if (before.Queued?.JobId is { } queued && queued != by && !(includeCurrent && queued == before.JobId)) replaced.Add((queued, superseded));
        return replaced;
    }

    private static bool HasEnded(PackageDirectoryPhase phase) =>
        phase is PackageDirectoryPhase.Idle or PackageDirectoryPhase.Installed or PackageDirectoryPhase.Removed or PackageDirectoryPhase.Failed;
}
