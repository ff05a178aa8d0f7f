using ActorDistribution.Runtime.Serialization;

namespace ActorDistribution.Distribution.Caps;

/// <summary>No lock was stuck; <paramref name="Present"/> locks were younger than the maximum age.</summary>
[EventManifest("stuck-lock.survey-completed.v1")]
public sealed record LockSurveyCompleted(DateTimeOffset At, int Present, DateTimeOffset NextSurveyAt) : StuckLockEvent(At);
