using ActorDistribution.Distribution.Caps;

namespace ActorDistribution.Distribution.Inboxes;

/// <summary>
/// One CAP inbox as the inbox manager replicates it. <see cref="StepDueAt"/> is when the current
/// phase's effect is due, so an actor recovering from the journal can re-arm its timer.
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
    IReadOnlyList<InboxAlarm> Alarms)
{
    public bool IsUpdating => Phase != InboxPhase.Idle;
}
