namespace ActorDistribution.Distribution.Inboxes;

/// <summary>Delete the lock file once (attempt number <paramref name="Attempt"/>); answer <see cref="LockDeletionResult"/>.</summary>
public sealed record DeleteLock(DateTimeOffset DueAt, int Attempt) : InboxStep(DueAt);
