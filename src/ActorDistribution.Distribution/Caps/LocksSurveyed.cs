namespace ActorDistribution.Distribution.Caps;

/// <summary>Result of <see cref="SurveyLocks"/>: every lock file present in the site's CAP inboxes.</summary>
public sealed record LocksSurveyed(DateTimeOffset At, IReadOnlyList<ObservedLock> Locks) : StuckLockCommand(At);
