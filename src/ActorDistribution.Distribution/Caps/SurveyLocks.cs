namespace ActorDistribution.Distribution.Caps;

/// <summary>List the lock files in every CAP inbox of the site with their age; answer <see cref="LocksSurveyed"/>.</summary>
public sealed record SurveyLocks(DateTimeOffset DueAt) : StuckLockStep(DueAt);
