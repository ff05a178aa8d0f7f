namespace ActorDistribution.Distribution.Caps;

/// <summary>Result of <see cref="VerifyLocks"/>: the locks still there, and the inboxes the manager is writing right now.</summary>
public sealed record LocksVerified(DateTimeOffset At, IReadOnlyList<CapInbox> Remaining, IReadOnlyList<CapInbox> Writing) : StuckLockCommand(At);
