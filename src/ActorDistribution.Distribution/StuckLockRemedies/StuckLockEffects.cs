using ActorDistribution.Distribution.Caps;

namespace ActorDistribution.Distribution.StuckLockRemedies;

/// <summary>The effect a stuck-lock supervisor actor owes at <see cref="DueAt"/>; it performs it and feeds the named result back.</summary>
public abstract record StuckLockStep(DateTimeOffset DueAt);

/// <summary>
/// Force-close every open file under these subtrees of one CAP; answer <see cref="ConnectionsClosed"/>.
/// Just before closing, ask the inbox manager what it writes: if that touches <paramref name="Touched"/>,
/// close nothing and answer <see cref="InboxManagerStopResult"/> instead, so Decide holds the remedy.
/// </summary>
public sealed record CloseCapConnections(DateTimeOffset DueAt, string Cap, IReadOnlyList<string> Subtrees, IReadOnlyList<CapInbox> Touched)
    : StuckLockStep(DueAt);

/// <summary>Stop the site's inbox manager (idempotent) and answer <see cref="InboxManagerStopResult"/> with what it still writes.</summary>
public sealed record HaltInboxManager(DateTimeOffset DueAt) : StuckLockStep(DueAt);

/// <summary>Start the site's inbox manager (it scans at once and clears left locks); answer <see cref="InboxManagerStartResult"/>.</summary>
public sealed record RestartInboxManager(DateTimeOffset DueAt) : StuckLockStep(DueAt);

/// <summary>List the lock files in every CAP inbox of the site with their age; answer <see cref="LocksSurveyed"/>.</summary>
public sealed record SurveyLocks(DateTimeOffset DueAt) : StuckLockStep(DueAt);

/// <summary>Look whether these locks are still there; answer <see cref="LocksVerified"/>.</summary>
public sealed record VerifyLocks(DateTimeOffset DueAt, IReadOnlyList<CapInbox> Locks) : StuckLockStep(DueAt);
