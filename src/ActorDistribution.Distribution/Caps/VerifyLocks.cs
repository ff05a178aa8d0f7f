namespace ActorDistribution.Distribution.Caps;

/// <summary>Look whether these locks are still there; answer <see cref="LocksVerified"/>.</summary>
public sealed record VerifyLocks(DateTimeOffset DueAt, IReadOnlyList<CapInbox> Locks) : StuckLockStep(DueAt);
