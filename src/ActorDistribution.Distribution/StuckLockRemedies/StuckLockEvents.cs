using ActorDistribution.Distribution.Caps;
using ActorDistribution.Runtime.Serialization;

namespace ActorDistribution.Distribution.StuckLockRemedies;

/// <summary>A fact in the journal of a site's stuck-lock supervisor: every remedy step is one.</summary>
public abstract record StuckLockEvent(DateTimeOffset At) : IJournalEvent;

[EventManifest("stuck-lock.cap-connections-closed.v1")]
public sealed record CapConnectionsClosed(DateTimeOffset At, string Cap, IReadOnlyList<string> Users, int ClosedHandles) : StuckLockEvent(At);

[EventManifest("stuck-lock.inbox-manager-started.v1")]
public sealed record InboxManagerStartedForRemedy(DateTimeOffset At, DateTimeOffset VerifyAt) : StuckLockEvent(At);

[EventManifest("stuck-lock.inbox-manager-stopped.v1")]
public sealed record InboxManagerStoppedForRemedy(DateTimeOffset At, int Round) : StuckLockEvent(At);

/// <summary>No lock was stuck; <paramref name="Present"/> locks were younger than the maximum age.</summary>
[EventManifest("stuck-lock.survey-completed.v1")]
public sealed record LockSurveyCompleted(DateTimeOffset At, int Present, DateTimeOffset NextSurveyAt) : StuckLockEvent(At);

/// <summary>The manager is still writing inboxes a close would reach into; nothing is force-closed, and the supervisor asks again at <paramref name="RecheckAt"/>.</summary>
[EventManifest("stuck-lock.held-for-write.v1")]
public sealed record RemedyHeldForWrite(DateTimeOffset At, IReadOnlyList<CapInbox> Writing, DateTimeOffset RecheckAt) : StuckLockEvent(At);

/// <summary>Locks survived a round; the next round starts with the ones that remain.</summary>
[EventManifest("stuck-lock.round-failed.v1")]
public sealed record RemedyRoundFailed(DateTimeOffset At, int Round, IReadOnlyList<CapInbox> Remaining) : StuckLockEvent(At);

[EventManifest("stuck-lock.alarmed.v1")]
public sealed record StuckLockAlarmed(DateTimeOffset At, int Rounds, IReadOnlyList<CapInbox> Remaining) : StuckLockEvent(At);

[EventManifest("stuck-lock.cleared.v1")]
public sealed record StuckLockCleared(DateTimeOffset At, int Round, IReadOnlyList<CapInbox> Locks) : StuckLockEvent(At);

/// <summary>Locks outlived their update; the remedy starts (round 1: stop the inbox manager).</summary>
[EventManifest("stuck-lock.detected.v1")]
public sealed record StuckLockDetected(DateTimeOffset At, IReadOnlyList<CapInbox> Locks, string Reason) : StuckLockEvent(At);

[EventManifest("stuck-lock.watch-started.v1")]
public sealed record StuckLockWatchStarted(DateTimeOffset At, StuckLockRules Rules) : StuckLockEvent(At);

/// <summary>The restarted manager is still writing the locked inboxes; look again later.</summary>
[EventManifest("stuck-lock.verification-deferred.v1")]
public sealed record VerificationDeferred(DateTimeOffset At, IReadOnlyList<CapInbox> Writing, DateTimeOffset RecheckAt) : StuckLockEvent(At);
