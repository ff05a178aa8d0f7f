using ActorDistribution.Distribution.Caps;

namespace ActorDistribution.Distribution.StuckLockRemedies;

/// <summary>
/// The stuck-lock supervisor of one site. Replaying its events yields the remedy step it was in,
/// so a restarted actor resumes there; <see cref="StepDueAt"/> is when that step's effect is due.
/// </summary>
public sealed record StuckLockState(
    string Site,
    RemedyStep Step,
    StuckLockRules? Rules,
    int Round,
    IReadOnlyList<CapInbox> Locks,
    IReadOnlyList<string> ClosedCaps,
    DateTimeOffset? StepDueAt,
    string? Alarm)
{
    /// <summary>CAPs holding a stuck lock, in the order first seen.</summary>
    public IReadOnlyList<string> AffectedCaps => Locks.Select(l => l.Cap).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>The CAP inboxes a close on <paramref name="cap"/> reaches into: the component inbox and the locked inboxes.</summary>
    public IReadOnlyList<CapInbox> Touched(string cap)
        => [new CapInbox(cap, Rules?.ComponentInbox ?? "clicomp.box/swdist"), .. Locks.Where(l => string.Equals(l.Cap, cap, StringComparison.OrdinalIgnoreCase))];

    public IReadOnlyList<CapInbox> TouchedByRemedy => AffectedCaps.SelectMany(Touched).Distinct().ToList();
}

/// <summary>Where the stuck-lock supervisor of a site stands; the remedy steps are the manual workaround, in order.</summary>
public enum RemedyStep
{
    Unwatched,

    /// <summary>Surveying lock files every interval and waiting for left-lock reports.</summary>
    Watching,
    StoppingInboxManager,

    /// <summary>Force-closing open files under each affected CAP's component inbox and locked inbox.</summary>
    ClosingConnections,
    StartingInboxManager,

    /// <summary>Waiting for the restarted manager to delete the lock, then looking.</summary>
    Verifying,

    /// <summary>Out of rounds; an operator must act (and <c>WatchLocks</c> again).</summary>
    Alarmed,
}

/// <summary>A lock file found in a CAP inbox, present since <paramref name="Since"/>.</summary>
public sealed record ObservedLock(CapInbox Address, DateTimeOffset Since);
