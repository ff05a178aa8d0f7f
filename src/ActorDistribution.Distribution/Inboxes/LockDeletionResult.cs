namespace ActorDistribution.Distribution.Inboxes;

/// <summary>
/// Result of <see cref="DeleteLock"/>: null <paramref name="Failure"/> when the lock is gone (also when
/// it was already gone); otherwise why, and the users holding it open.
/// </summary>
public sealed record LockDeletionResult(DateTimeOffset At, string? Failure = null, IReadOnlyList<string>? Holders = null) : InboxCommand(At);
