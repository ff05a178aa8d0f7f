namespace ActorDistribution.Distribution.Caps;

/// <summary>Start supervising (or resume after an alarm was dealt with).</summary>
public sealed record WatchLocks(DateTimeOffset At, StuckLockRules Rules) : StuckLockCommand(At);
