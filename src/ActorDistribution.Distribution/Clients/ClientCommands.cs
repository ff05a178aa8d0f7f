namespace ActorDistribution.Distribution.Clients;

/// <summary>Something asked of, or reported to, one client.</summary>
public abstract record ClientCommand(DateTimeOffset At);

/// <summary>The site assigns a newer software-distribution component; the client installs it from the CAP when it can read there.</summary>
public sealed record AssignComponentUpgrade(DateTimeOffset At, string Version, string Installer) : ClientCommand(At);

/// <summary>An administrator takes the client out (<c>client remove</c>); accepted only while it holds no lock file open.</summary>
public sealed record UnregisterClient(DateTimeOffset At) : ClientCommand(At);

/// <summary>Timer: the next offer-processing cycle is due (answer to <see cref="StartCycle"/>).</summary>
public sealed record BeginCycle(DateTimeOffset At) : ClientCommand(At);

/// <summary>Result of <see cref="FindCap"/>: the first reachable CAP of the site, or null, and every CAP tried.</summary>
public sealed record CapSearchResult(DateTimeOffset At, string? Cap, IReadOnlyList<CapProbe> Probes) : ClientCommand(At);

/// <summary>
/// Result of <see cref="CheckLock"/>. A legacy client that managed to open the lock file reports the
/// open <paramref name="Handle"/> (the lock is there); a scanning client never has one.
/// </summary>
public sealed record LockCheckResult(DateTimeOffset At, bool Accessible, bool LockFound, long? Handle = null) : ClientCommand(At);

/// <summary>Result of <see cref="ReleaseLock"/>: the legacy client's handle on the lock file is closed (or was force-closed).</summary>
public sealed record LockReleased(DateTimeOffset At) : ClientCommand(At);

/// <summary>
/// Result of <see cref="ReadOffers"/>: offer files in the offer inbox and installer files in the component inbox (lock files excluded);
/// <paramref name="ComponentLocked"/> when the component inbox holds the lock file, with the handle a legacy client opened on it to see that;
/// <paramref name="Commands"/>: the command line each offer that carries one (a run-command-on-workstation job's) asks to run, by offer name.
/// </summary>
public sealed record OffersRead(DateTimeOffset At, IReadOnlyList<string> Offers, IReadOnlyList<string> ComponentFiles,
    bool ComponentLocked = false, long? ComponentLockHandle = null, IReadOnlyDictionary<string, string>? Commands = null) : ClientCommand(At);

/// <summary>Adds a client to a site; its first cycle starts at <paramref name="FirstCycleAt"/> (now when null).</summary>
public sealed record RegisterClient(
    DateTimeOffset At,
    string Site,
    ClientSettings Settings,
    string LockFile = "inboxlck.tok",
    string OfferInbox = "offerinf.box",
    string ComponentInbox = "clicomp.box/swdist",
    DateTimeOffset? FirstCycleAt = null) : ClientCommand(At);
