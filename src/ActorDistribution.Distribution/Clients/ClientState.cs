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

/// <summary>Where a client stands in its offer-processing cycle.</summary>
public enum ClientPhase
{
    Unregistered,

    /// <summary>Between cycles.</summary>
    Idle,
    FindingCap,
    CheckingLock,

    /// <summary>A legacy client holds the lock file open; a delete now fails.</summary>
    HoldingLock,
    ReadingOffers,

    /// <summary>Taken out by <c>client remove</c>: no more cycles.</summary>
    Removed,
}

/// <summary>How a client looks for the lock file of a CAP offer inbox.</summary>
public enum ClientMode
{
    /// <summary>Lists the inbox; holds nothing open (the corrected clients).</summary>
    Scan,

    /// <summary>Opens the lock file to see whether it exists, holding a handle briefly (the original clients).</summary>
    LegacyOpenCheck,
}

/// <summary>A software-distribution component version assigned to a client and the installer file it needs from <c>clicomp.box/swdist</c>.</summary>
public sealed record ComponentUpgrade(string Version, string Installer);

/// <summary>One CAP a client tried to reach, and whether it could.</summary>
public sealed record CapProbe(string Cap, bool Accessible);
