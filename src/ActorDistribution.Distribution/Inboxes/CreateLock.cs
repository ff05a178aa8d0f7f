namespace ActorDistribution.Distribution.Inboxes;

/// <summary>
/// Put the lock file in the CAP inbox; answer <see cref="LockCreationResult"/>. A lock already there
/// counts as created without rewriting it: it is ours, left by an earlier update, and a client may hold it open.
/// </summary>
public sealed record CreateLock(DateTimeOffset DueAt) : InboxStep(DueAt);
