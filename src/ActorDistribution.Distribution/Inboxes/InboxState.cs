using ActorDistribution.Distribution.Caps;

namespace ActorDistribution.Distribution.Inboxes;

/// <summary>
/// One CAP inbox as the inbox manager replicates it. <see cref="StepDueAt"/> is when the current
/// phase's effect is due, so an actor recovering from the journal can re-arm its timer.
/// <see cref="LastDispatch"/> is the manager's dispatch the latest update carried out.
/// </summary>
public sealed record InboxState(
    CapInbox Address,
    string? ReplicatedVersion,
    InboxPhase Phase,
    string? TargetVersion,
    IReadOnlyList<string> Files,
    int DeleteAttemptLimit,
    TimeSpan DeleteRetrySpacing,
    int DeleteAttempts,
    DateTimeOffset? StepDueAt,
    DateTimeOffset? LockPresentSince,
    bool LockLeft,
    IReadOnlyList<InboxAlarm> Alarms,
    DateTimeOffset? LastDispatch = null)
{
    public bool IsUpdating => Phase != InboxPhase.Idle;
}

/// <summary>Where one CAP inbox's update stands.</summary>
public enum InboxPhase
{
    /// <summary>No update running (a lock may still be present if its deletes all failed).</summary>
    Idle,

    /// <summary>Creating the lock file so clients keep out.</summary>
    Locking,

    /// <summary>Copying the changed files under the lock.</summary>
    Copying,

    /// <summary>Deleting the lock file, possibly retrying after sharing violations.</summary>
    Unlocking,
}

/// <summary>Something an operator must look at, as <c>inbox status</c> shows it.</summary>
public sealed record InboxAlarm(DateTimeOffset At, string Text);
