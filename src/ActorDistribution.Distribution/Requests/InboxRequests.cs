using ActorDistribution.Distribution.Clients;

namespace ActorDistribution.Distribution.Requests;

/// <summary><c>cap add NAME --site CODE</c>: register a CAP of the site, create its share and inbox folders. Answers <see cref="CapAccepted"/> or <see cref="Rejected"/>.</summary>
public sealed record AddCap(string Name, string Site);

/// <summary>
/// <c>client add NAME --site CODE [--mode scan|legacy-open-check]</c>: a simulated workstation agent; null
/// mode takes <c>distribution.client.mode</c>. Its first cycle starts after <paramref name="FirstCycleIn"/>
/// (now when null). Answers <see cref="ClientAccepted"/> or <see cref="Rejected"/>.
/// </summary>
public sealed record AddClient(string Name, string Site, ClientMode? Mode = null, TimeSpan? FirstCycleIn = null);

/// <summary>
/// Assign a software-distribution component version to a client; it installs it from the CAP's
/// <c>clicomp.box/swdist</c> once it finds <paramref name="Installer"/> there with no lock. Answers <see cref="ClientReport"/>.
/// </summary>
public sealed record AssignClientUpgrade(string Name, string Version, string Installer);

/// <summary>
/// <c>inbox drop SITE INBOX FILE</c>: write a file into a site-server inbox (one of
/// <c>distribution.inbox-manager.inboxes</c>, any case). Answers <see cref="DroppedIntoSiteInbox"/> or <see cref="Rejected"/>.
/// The manager replicates it at its next scan (or at once with <see cref="ScanSiteInboxes"/>).
/// </summary>
public sealed record DropIntoSiteInbox(string Site, string Inbox, string FileName, byte[] Content);

/// <summary>
/// The manual remedy's close: force-close every open file under <paramref name="Subtree"/> of a CAP
/// (default the component inbox <c>clicomp.box/swdist</c>; empty for the whole share). Unguarded: the
/// operator stops the inbox manager first. Answers <see cref="CapFilesForceClosed"/> or <see cref="Rejected"/>.
/// </summary>
public sealed record ForceCloseCapFiles(string Cap, string Subtree = "clicomp.box/swdist");

/// <summary>
/// <c>cap remove NAME</c>: refused while clients are attached to it (their last cycle chose it) or one of its inboxes is being
/// updated; the site's inbox manager forgets it. Answers <see cref="RemovedView"/>. A removed name is not used again.
/// </summary>
public sealed record RemoveCap(string Name);

/// <summary>
/// <c>client remove NAME</c>: refused while the client holds a lock file open; it runs no more cycles.
/// Answers <see cref="RemovedView"/>. A removed name is not used again.
/// </summary>
public sealed record RemoveClient(string Name);

/// <summary><c>client log NAME</c>. Answers <see cref="ClientReport"/> or <see cref="Rejected"/> (unknown client).</summary>
public sealed record GetClientLog(string Name);

/// <summary>The inbox manager component of a site. Answers <see cref="InboxManagerReport"/>.</summary>
public sealed record GetInboxManagerStatus(string Site);

/// <summary><c>inbox status [--cap NAME]</c>: every CAP inbox, or those of one CAP. Answers <see cref="InboxStatusRows"/> or <see cref="Rejected"/>.</summary>
public sealed record GetInboxStatus(string? Cap = null);

/// <summary>Where the stuck-lock supervisor of a site stands. Answers <see cref="RemedyReport"/>.</summary>
public sealed record GetRemedyStatus(string Site);

/// <summary>Compare the site inboxes with the CAPs now. Answers <see cref="InboxManagerReport"/>, or <see cref="Rejected"/> when the manager is not running.</summary>
public sealed record ScanSiteInboxes(string Site);

/// <summary><c>component start inbox-manager --site CODE</c>: it scans at once (clearing left locks) and the stuck-lock supervisor starts watching. Answers <see cref="InboxManagerReport"/>.</summary>
public sealed record StartSiteInboxManager(string Site);

/// <summary><c>component stop inbox-manager --site CODE</c>: updates under way end first (status Stopping meanwhile). Answers <see cref="InboxManagerReport"/>.</summary>
public sealed record StopSiteInboxManager(string Site);

/// <summary><c>cap list</c>: every CAP with its site, share and inboxes. Answers <see cref="CapList"/>.</summary>
public sealed record ListCaps
{
    public static readonly ListCaps Instance = new();
}

/// <summary><c>client list</c>: every simulated workstation with its site, mode and component status. Answers <see cref="ClientList"/>.</summary>
public sealed record ListClients
{
    public static readonly ListClients Instance = new();
}
