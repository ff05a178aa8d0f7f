namespace ActorDistribution.Distribution.Caps;

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
