using ActorDistribution.Distribution.Caps;

namespace ActorDistribution.Distribution.Inboxes;

/// <summary>
/// Replication of one site inbox to one CAP (SPEC.md section 3): create the lock, copy the changed
/// files, delete the lock. A delete that meets a sharing violation is retried up to the update's
/// attempt limit, each attempt an event; after the last failure the update ends and the lock is left
/// behind with an alarm (<see cref="LockLeft"/>). A limit of 1 is the original single delete.
/// </summary>
public static class Inbox
{
    public static InboxState Initial(CapInbox address)
        => new(address, null, InboxPhase.Idle, null, [], 0, TimeSpan.Zero, 0, null, null, false, []);

    public static IReadOnlyList<InboxEvent> Decide(InboxState state, InboxCommand command) => command switch
    {
        ReplicateInbox replicate => Replicate(state, replicate),
        LockCreationResult result when state.Phase == InboxPhase.Locking => result.Failure is null
            ? [new InboxLockCreated(result.At)]
            : [new InboxLockCreateFailed(result.At, result.Failure)],
        CopyResult result when state.Phase == InboxPhase.Copying => result.Failure is null
            ? [new InboxFilesCopied(result.At, state.TargetVersion!, state.Files)]
            : [new InboxFileCopyFailed(result.At, result.FailedPath ?? "", result.Failure)],
        LockDeletionResult result when state.Phase == InboxPhase.Unlocking => Unlock(state, result),
        // A result for a phase we are no longer in is a duplicate from before a restart.
        _ => [],
    };

    public static InboxState Evolve(InboxState state, InboxEvent @event) => @event switch
    {
        InboxUpdateStarted e => state with
        {
            Phase = InboxPhase.Locking,
            TargetVersion = e.Version,
            Files = e.Files,
            DeleteAttemptLimit = e.DeleteAttempts,
            DeleteRetrySpacing = e.DeleteRetrySpacing,
            DeleteAttempts = 0,
            StepDueAt = e.At,
            LastDispatch = e.DispatchedAt,
        },
        InboxLockCreated e => state with { Phase = InboxPhase.Copying, StepDueAt = e.At, LockPresentSince = state.LockPresentSince ?? e.At },
        InboxLockCreateFailed => state with { Phase = InboxPhase.Idle, StepDueAt = null, TargetVersion = null, Files = [] },
        InboxFilesCopied e => state with { Phase = InboxPhase.Unlocking, ReplicatedVersion = e.Version, StepDueAt = e.At },
        InboxFileCopyFailed e => state with { Phase = InboxPhase.Unlocking, StepDueAt = e.At },
        LockDeleteFailed e => state with { DeleteAttempts = e.Attempt, StepDueAt = e.RetryAt },
        LockDeleted e => state with
        {
            Phase = InboxPhase.Idle,
            DeleteAttempts = e.Attempt,
            StepDueAt = null,
            TargetVersion = null,
            Files = [],
            LockPresentSince = null,
            LockLeft = false,
        },
        LockLeft e => state with
        {
            Phase = InboxPhase.Idle,
            StepDueAt = null,
            TargetVersion = null,
            Files = [],
            LockLeft = true,
            Alarms = [.. state.Alarms, new InboxAlarm(e.At, $"lock file left in place after {e.Attempts} failed delete attempt(s): {e.LastReason}")],
        },
        _ => state,
    };

    /// <summary>The effect the actor owes, or null when idle.</summary>
    public static InboxStep? Next(InboxState state) => state.Phase switch
    {
        InboxPhase.Locking => new CreateLock(state.StepDueAt!.Value),
        InboxPhase.Copying => new CopyFiles(state.StepDueAt!.Value, state.Files),
        InboxPhase.Unlocking => new DeleteLock(state.StepDueAt!.Value, state.DeleteAttempts + 1),
        _ => null,
    };

    public static InboxState Replay(CapInbox address, IEnumerable<InboxEvent> events)
        => events.Aggregate(Initial(address), Evolve);

    private static IReadOnlyList<InboxEvent> Replicate(InboxState state, ReplicateInbox command)
    {
        // One update at a time; the manager's next scan asks again for anything newer. The manager
        // decides what changed: an order without files still clears a lock left behind.
        if (state.IsUpdating || IsRepeatOfFinished(state, command)) return [];
        var attempts = Math.Max(1, command.DeleteAttempts);
        return [new InboxUpdateStarted(command.At, command.Version, command.Files, attempts, command.DeleteRetrySpacing, command.DispatchedAt)];
    }

    /// <summary>
    /// The order of the update that already ran to its end, sent again by a restarted manager that never heard the
    /// end (the report went to a lost member): not run twice; the actor reports the end again instead.
    /// </summary>
    public static bool IsRepeatOfFinished(InboxState state, ReplicateInbox command)
        => !state.IsUpdating && command.DispatchedAt is { } dispatch && dispatch == state.LastDispatch;

    private static IReadOnlyList<InboxEvent> Unlock(InboxState state, LockDeletionResult result)
    {
        var attempt = state.DeleteAttempts + 1;
        if (result.Failure is null) return [new LockDeleted(result.At, attempt)];

        var holders = result.Holders ?? [];
        if (attempt < state.DeleteAttemptLimit)
            return [new LockDeleteFailed(result.At, attempt, result.Failure, holders, result.At + state.DeleteRetrySpacing)];

        return
        [
            new LockDeleteFailed(result.At, attempt, result.Failure, holders, null),
            new LockLeft(result.At, attempt, state.LockPresentSince ?? result.At, result.Failure),
        ];
    }
}
