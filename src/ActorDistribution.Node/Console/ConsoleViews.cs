namespace ActorDistribution.Node.WebConsole;

// What the console's pages fetch as JSON; every page carries the node's own time (virtual in a simulation), never the browser's.

/// <summary>The node's time and clock, shown on every page and the basis of every countdown.</summary>
public sealed record ConsoleClock(DateTimeOffset Now, string Text, string Mode);

public sealed record SitesPage(ConsoleClock Clock, IReadOnlyList<SiteRow> Sites, string? Error);

/// <param name="Settings">Each setting as configured and as the despooler loaded it.</param>
public sealed record SiteRow(string Code, IReadOnlyList<SettingRow> Settings, string Despooler, string InboxManager, IReadOnlyList<string> Servers);

public sealed record SettingRow(string Setting, string Configured, string InEffect);

public sealed record PackagesPage(ConsoleClock Clock, IReadOnlyList<string> Servers, IReadOnlyList<PackageRow> Packages, string? Error);

/// <param name="Cells">Per server, in the order of <see cref="PackagesPage.Servers"/>: the status exactly as <c>status &lt;package&gt;</c> prints it.</param>
public sealed record PackageRow(string Package, string Version, IReadOnlyList<StatusCell> Cells);

/// <param name="Kind">The status's kind for colour (pending, retrying, warning-sent, installed, ..., none).</param>
public sealed record StatusCell(string Server, string Status, string Kind);

public sealed record EscalationsPage(ConsoleClock Clock, IReadOnlyList<EscalationRow> Escalations, string? Error);

/// <param name="Countdown">hh:mm:ss from the node's now to the forced copy; null without forced disconnection.</param>
/// <param name="Elapsed">How far now is from t0 to the forced copy, 0 to 1 (the timeline bar).</param>
public sealed record EscalationRow(
    string Package, string Server, string Site, string Status, string Retry, string? NextAttemptAt, string FirstFailedAt,
    string? ForcedAt, string? Countdown, double? Elapsed, IReadOnlyList<string> UsersWarned, IReadOnlyList<string> UsersHoldingFiles);

public sealed record InboxesPage(ConsoleClock Clock, IReadOnlyList<InboxRow> Inboxes, IReadOnlyList<RemedyRow> Remedies, IReadOnlyList<CapRow> Caps, string? Error);

/// <param name="ClientsLockedOut">Clients of the site whose component upgrade waits while this (component) inbox holds its lock.</param>
public sealed record InboxRow(string Cap, string Site, string Inbox, bool LockPresent, string Since, string Age, string DeleteAttempts,
    string Phase, string Alarms, IReadOnlyList<string> ClientsLockedOut);

/// <param name="Location">The CAP's share as the shell writes it (server/share), for <c>share close-all</c>.</param>
public sealed record CapRow(string Cap, string Site, string Location);

public sealed record RemedyRow(string Site, string State);

public sealed record ClientsPage(ConsoleClock Clock, IReadOnlyList<ClientRow> Clients, string? Error);

public sealed record ClientRow(string Name, string Site, string Mode, string Component, bool InstallPending, string LastCycle, string OffersProcessed);

public sealed record JournalPage(ConsoleClock Clock, string Entity, IReadOnlyList<string> Lines, string? Error);

public sealed record AuditVerifyPage(ConsoleClock Clock, bool Clean, IReadOnlyList<string> Violations, string Summary, string? Error);
