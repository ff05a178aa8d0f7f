namespace ActorDistribution.Distribution.Inboxes;

/// <summary>Result of <see cref="CreateLock"/>: <paramref name="Failure"/> is null when the lock is in place.</summary>
public sealed record LockCreationResult(DateTimeOffset At, string? Failure = null) : InboxCommand(At);
