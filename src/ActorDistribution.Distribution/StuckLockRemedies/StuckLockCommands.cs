using ActorDistribution.Distribution.Caps;

namespace ActorDistribution.Distribution.StuckLockRemedies;

/// <summary>Something asked of, or reported to, a site's stuck-lock supervisor.</summary>
public abstract record StuckLockCommand(DateTimeOffset At);

/// <summary>Result of <see cref="CloseCapConnections"/>: whom the force-close reached and how many handles it closed.</summary>
public sealed record ConnectionsClosed(DateTimeOffset At, string Cap, IReadOnlyList<string> Users, int ClosedHandles) : StuckLockCommand(At);

/// <summary>Result of <see cref="RestartInboxManager"/>.</summary>
public sealed record InboxManagerStartResult(DateTimeOffset At) : StuckLockCommand(At);

/// <summary>
/// Result of <see cref="HaltInboxManager"/>, and of the check before each <see cref="CloseCapConnections"/>:
/// the CAP inboxes the manager is still writing (empty once it has stopped).
/// </summary>
public sealed record InboxManagerStopResult(DateTimeOffset At, IReadOnlyList<CapInbox> Writing) : StuckLockCommand(At);

/// <summary>Result of <see cref="SurveyLocks"/>: every lock file present in the site's CAP inboxes.</summary>
public sealed record LocksSurveyed(DateTimeOffset At, IReadOnlyList<ObservedLock> Locks) : StuckLockCommand(At);

/// <summary>Result of <see cref="VerifyLocks"/>: the locks still there, and the inboxes the manager is writing right now.</summary>
public sealed record LocksVerified(DateTimeOffset At, IReadOnlyList<CapInbox> Remaining, IReadOnlyList<CapInbox> Writing) : StuckLockCommand(At);

/// <summary>A CAP inbox's update ended with every delete failed (its <c>LockLeft</c> event).</summary>
public sealed record ReportLockLeft(DateTimeOffset At, CapInbox Address) : StuckLockCommand(At);

/// <summary>
/// The site's inbox manager recovered, e.g. on another member after its own was lost: a step asked of it before may
/// have been lost with that member, so the supervisor performs the step it owes again now, not at its watchdog.
/// Not a command of the core: it changes nothing.
/// </summary>
public sealed record InboxManagerRecovered(string Site);

/// <summary>Start supervising (or resume after an alarm was dealt with).</summary>
public sealed record WatchLocks(DateTimeOffset At, StuckLockRules Rules) : StuckLockCommand(At);
