namespace ActorDistribution.Distribution.Clients;

/// <summary>
/// A simulated workstation agent. <see cref="StepDueAt"/> is when its next effect is due (next cycle,
/// next lock check, end of a legacy hold), so a recovered actor re-arms its timer from it.
/// <see cref="Log"/> is the client's own log, rebuilt from its events.
/// </summary>
public sealed record ClientState(
    string Name,
    string Site,
    ClientMode Mode,
    TimeSpan LockRetryInterval,
    int LockRetries,
    TimeSpan CycleInterval,
    TimeSpan OpenHold,
    string OfferInbox,
    string ComponentInbox,
    string LockFile,
    ClientPhase Phase,
    int Cycle,
    DateTimeOffset? CycleStartedAt,
    string? Cap,
    int Checks,
    DateTimeOffset? FirstBlockedAt,
    DateTimeOffset? StepDueAt,
    long? HeldHandle,
    DateTimeOffset? HeldSince,
    IReadOnlyList<string> ProcessedOffers,
    string? InstalledComponent,
    ComponentUpgrade? PendingUpgrade,
    IReadOnlyList<string> Log)
{
    /// <summary>The component status as an administrator sees it.</summary>
    public string ComponentStatus => PendingUpgrade is { } pending
        ? $"install pending ({pending.Version})"
        : InstalledComponent is null ? "not installed" : $"installed ({InstalledComponent})";
}
