using ActorDistribution.Runtime.Serialization;

namespace ActorDistribution.Distribution.Clients;

/// <summary>A fact in a client's journal; each one renders as lines of the client's own log (<see cref="ClientLog"/>).</summary>
public abstract record ClientEvent(DateTimeOffset At) : IJournalEvent;

[EventManifest("client.cap-chosen.v1")]
public sealed record CapChosen(DateTimeOffset At, string Cap, IReadOnlyList<CapProbe> Probes) : ClientEvent(At);

/// <summary>The client was taken out (it held no lock file open); it runs no more cycles and its name is not used again.</summary>
[EventManifest("client.removed.v1")]
public sealed record ClientRemoved(DateTimeOffset At) : ClientEvent(At);

[EventManifest("client.cycle-started.v1")]
public sealed record ClientCycleStarted(DateTimeOffset At, int Cycle) : ClientEvent(At);

[EventManifest("client.registered.v1")]
public sealed record ClientRegistered(
    DateTimeOffset At,
    string Site,
    ClientMode Mode,
    TimeSpan LockRetryInterval,
    int LockRetries,
    TimeSpan CycleInterval,
    TimeSpan OpenHold,
    string OfferInbox,
    string ComponentInbox,
    string LockFile,
    DateTimeOffset FirstCycleAt) : ClientEvent(At);

[EventManifest("client.component-upgrade-pending.v1")]
public sealed record ComponentUpgradePending(DateTimeOffset At, string Version, string Installer) : ClientEvent(At);

[EventManifest("client.component-upgraded.v1")]
public sealed record ComponentUpgraded(DateTimeOffset At, string Version, string Path) : ClientEvent(At);

[EventManifest("client.cycle-completed.v1")]
public sealed record CycleCompleted(DateTimeOffset At, int Cycle, DateTimeOffset NextCycleAt) : ClientEvent(At);

/// <summary>
/// One look at the offer inbox: the path tried, whether it was reachable, whether the lock file was
/// there, and when the client looks again (null when it reads offers or gives up). A legacy look
/// <paramref name="StartedAt"/> the open and ends at the close; re-checks are spaced from the start.
/// </summary>
[EventManifest("client.lock-checked.v1")]
public sealed record LockChecked(
    DateTimeOffset At,
    DateTimeOffset StartedAt,
    string Path,
    bool Accessible,
    bool LockFound,
    int Check,
    TimeSpan RetryInterval,
    DateTimeOffset? NextCheckAt) : ClientEvent(At);

/// <summary>A legacy client opened the lock file to see that it exists, and holds it until <paramref name="ReleaseAt"/>.</summary>
[EventManifest("client.lock-file-opened.v1")]
public sealed record LockFileOpened(DateTimeOffset At, string Path, long Handle, DateTimeOffset ReleaseAt) : ClientEvent(At);

[EventManifest("client.lock-file-released.v1")]
public sealed record LockFileReleased(DateTimeOffset At, string Path, long Handle) : ClientEvent(At);

/// <summary>No CAP of the site could be reached; the cycle ends without offers.</summary>
[EventManifest("client.no-cap-reachable.v1")]
public sealed record NoCapReachable(DateTimeOffset At, IReadOnlyList<CapProbe> Probes, DateTimeOffset NextCycleAt) : ClientEvent(At);

/// <summary>The retry limit was reached with the inbox still locked or unreachable: no offers this cycle.</summary>
[EventManifest("client.offer-inbox-abandoned.v1")]
public sealed record OfferInboxAbandoned(DateTimeOffset At, string Path, int Checks, TimeSpan Waited, DateTimeOffset NextCycleAt) : ClientEvent(At);

/// <summary>
/// The component inbox held the lock file, so the waiting component upgrade stays install pending. A legacy client
/// opened the lock file to see it (<paramref name="Handle"/>) and, as the old component installer did, keeps it open while it waits.
/// </summary>
[EventManifest("client.component-inbox-locked.v1")]
public sealed record ComponentInboxLocked(DateTimeOffset At, string Path, string Version, long? Handle) : ClientEvent(At);

[EventManifest("client.offers-processed.v1")]
/// <param name="Commands">The command line each new offer that carries one asks to run, by offer name (null in journals written before it existed).</param>
public sealed record OffersProcessed(DateTimeOffset At, string Path, IReadOnlyList<string> Offers, IReadOnlyDictionary<string, string>? Commands = null) : ClientEvent(At);
