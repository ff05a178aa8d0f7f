using ActorDistribution.Distribution.Clients;
using ActorDistribution.Distribution.InboxManagers;
using ActorDistribution.Distribution.Inboxes;
using ActorDistribution.Distribution.StuckLockRemedies;

namespace ActorDistribution.Distribution.Requests;

/// <summary>The CAP is registered: where it lives (<c>SERVER/SHARE</c>) and the inbox folders made there.</summary>
public sealed record CapAccepted(string Name, string Site, string Location, IReadOnlyList<string> Inboxes);

public sealed record CapFilesForceClosed(string Cap, string Subtree, IReadOnlyList<string> Users, int ClosedHandles);

public sealed record ClientAccepted(string Name, string Site, ClientMode Mode, DateTimeOffset FirstCycleAt);

/// <summary>A client as the shell shows it: its own log lines, oldest first, its component status and the offers it processed.</summary>
/// <param name="Cap">The CAP its last cycle chose (the one it is attached to), null before its first.</param>
public sealed record ClientReport(string Name, string Site, string Mode, string ComponentStatus, IReadOnlyList<string> ProcessedOffers, IReadOnlyList<string> LogLines, string? Cap = null);

/// <summary>The file is in the site inbox: share (<c>SITESRV_CODE/SMS_CODE</c>) and path inside it.</summary>
public sealed record DroppedIntoSiteInbox(string Site, string Share, string Path, int Bytes);

/// <summary>A site's inbox manager: status, next scan, its CAPs, the CAP inboxes it writes now, and the delete settings loaded at start.</summary>
public sealed record InboxManagerReport(
    string Site,
    InboxManagerStatus Status,
    DateTimeOffset? NextScanAt,
    IReadOnlyList<string> Caps,
    IReadOnlyList<string> Writing,
    int DeleteAttempts,
    TimeSpan DeleteRetrySpacing);

/// <summary>
/// One CAP inbox: whether the lock file is on the share now, since when and how old it is, the delete
/// attempts of the current or last update (of the limit it ran under), the update phase, the replicated
/// version and the alarms raised (e.g. a lock left after every delete failed).
/// </summary>
public sealed record InboxStatusRow(
    string Cap,
    string Site,
    string Inbox,
    bool LockPresent,
    DateTimeOffset? LockSince,
    TimeSpan? LockAge,
    int DeleteAttempts,
    int DeleteAttemptLimit,
    string Phase,
    string? ReplicatedVersion,
    IReadOnlyList<string> Alarms);

/// <summary>The CAP inboxes, ordered by CAP then inbox.</summary>
public sealed record InboxStatusRows(IReadOnlyList<InboxStatusRow> Rows);

/// <summary>The stuck-lock supervisor of a site: its step, the round, the stuck locks, the CAPs closed this round, when its next step is due, and its alarm.</summary>
public sealed record RemedyReport(
    string Site,
    RemedyStep Step,
    int Round,
    IReadOnlyList<string> Locks,
    IReadOnlyList<string> ClosedCaps,
    DateTimeOffset? NextStepAt,
    string? Alarm);

/// <summary>One CAP in <c>cap list</c>: its site, share, inboxes and how many of them hold a lock file now.</summary>
public sealed record CapView(string Name, string Site, string Location, IReadOnlyList<string> Inboxes, int LocksPresent);

/// <summary>Every CAP, by name.</summary>
public sealed record CapList(IReadOnlyList<CapView> Caps);

/// <summary>Every client, by name.</summary>
public sealed record ClientList(IReadOnlyList<ClientReport> Clients);
