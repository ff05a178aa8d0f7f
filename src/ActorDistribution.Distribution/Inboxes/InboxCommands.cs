namespace ActorDistribution.Distribution.Inboxes;

/// <summary>Something asked of, or reported to, one CAP inbox; <see cref="At"/> is the actor's clock when it arrived.</summary>
public abstract record InboxCommand(DateTimeOffset At);

/// <summary>Result of <see cref="CopyFiles"/>: null <paramref name="Failure"/> when every file was copied.</summary>
public sealed record CopyResult(DateTimeOffset At, string? FailedPath = null, string? Failure = null) : InboxCommand(At);

/// <summary>Result of <see cref="CreateLock"/>: <paramref name="Failure"/> is null when the lock is in place.</summary>
public sealed record LockCreationResult(DateTimeOffset At, string? Failure = null) : InboxCommand(At);

/// <summary>
/// Result of <see cref="DeleteLock"/>: null <paramref name="Failure"/> when the lock is gone (also when
/// it was already gone); otherwise why, and the users holding it open.
/// </summary>
public sealed record LockDeletionResult(DateTimeOffset At, string? Failure = null, IReadOnlyList<string>? Holders = null) : InboxCommand(At);

/// <summary>
/// The inbox manager asks for the CAP inbox to match the site inbox at <paramref name="Version"/>.
/// The delete limits travel with the order, so the journal shows which ones an update ran under.
/// <paramref name="DispatchedAt"/> names the manager's dispatch: the same order sent again after the manager
/// restarted (its finish report lost with the member it ran on) carries the same value.
/// </summary>
public sealed record ReplicateInbox(
    DateTimeOffset At,
    string Version,
    IReadOnlyList<string> Files,
    int DeleteAttempts,
    TimeSpan DeleteRetrySpacing,
    DateTimeOffset? DispatchedAt = null) : InboxCommand(At);
