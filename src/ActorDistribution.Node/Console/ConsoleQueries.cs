using System.Globalization;
using ActorDistribution.Distribution.Audit;
using ActorDistribution.Distribution.InboxManagers;
using ActorDistribution.Distribution.PackageDirectories;
using ActorDistribution.Distribution.Requests;
using ActorDistribution.Distribution.Runtime;
using ActorDistribution.Distribution.Sites;
using ActorDistribution.Node.Commands;
using ActorDistribution.Runtime.Persistence;
using ActorDistribution.Runtime.Time;
using Akka.Actor;

namespace ActorDistribution.Node.WebConsole;

/// <summary>
/// The console's pages read through the same gateway requests the shell's read verbs send (<c>site list</c>, <c>status</c>,
/// <c>inbox status</c>, <c>client list</c>, ...), so a status reads the same on the page as in the shell, on one node or many.
/// </summary>
public sealed class ConsoleQueries(DistributionNode node)
{
    private const string ComponentInbox = "clicomp.box/swdist";

    public ConsoleClock Clock()
    {
        var now = node.Clock.Now;
        return new ConsoleClock(now, now.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + " UTC",
            node.Clock is VirtualScheduler ? "virtual" : "wall");
    }

    public async Task<SitesPage> SitesAsync()
    {
        var ask = new Asker(node);
        var sites = await ask.AsyncFor<SiteList>(node.Despooler, ListSites.Instance, "site list");
        var servers = await ask.AsyncFor<ServerList>(node.Despooler, ListServers.Instance, "server list");
        if (sites is null || servers is null) return new SitesPage(Clock(), [], ask.Error);
        var rows = new List<SiteRow>();
        foreach (var site in sites.Sites)
        {
            var configured = SiteAssignments.Of(site.Configured);
            var inEffect = site.InEffect is { } loaded ? SiteAssignments.Of(loaded) : null;
            var settings = configured.Select((assignment, i) => new SettingRow(assignment.Split('=')[0], assignment.Split('=')[1],
                inEffect is null ? "(not loaded)" : inEffect[i].Split('=')[1])).ToList();
            var manager = await new Asker(node).AsyncFor<InboxManagerReport>(node.Inboxes, new GetInboxManagerStatus(site.Code), "inbox manager");
            rows.Add(new SiteRow(site.Code, settings, site.Despooler, manager is null ? "unknown" : Word(manager.Status),
                servers.Servers.Where(s => s.Site == site.Code).Select(s => s.Name).ToList()));
        }
        return new SitesPage(Clock(), rows, null);
    }

    public async Task<PackagesPage> PackagesAsync()
    {
        var ask = new Asker(node);
        var statuses = await StatusesAsync(ask);
        var servers = await ask.AsyncFor<ServerList>(node.Despooler, ListServers.Instance, "server list");
        if (statuses is null || servers is null) return new PackagesPage(Clock(), [], [], ask.Error);
        var names = servers.Servers.Select(s => s.Name).ToList();
        var rows = statuses.Select(entry => new PackageRow(entry.Package.Package, entry.Package.Version,
            names.Select(server => entry.Status.Servers.FirstOrDefault(s => s.Server == server) is { } cell
                ? new StatusCell(server, cell.Status, Kind(cell.Detail))
                : new StatusCell(server, "none", "none")).ToList())).ToList();
        return new PackagesPage(Clock(), names, rows, null);
    }

    public async Task<EscalationsPage> EscalationsAsync()
    {
        var ask = new Asker(node);
        var statuses = await StatusesAsync(ask);
        if (statuses is null) return new EscalationsPage(Clock(), [], ask.Error);
        var now = node.Clock.Now;
        var rows = new List<EscalationRow>();
        foreach (var (package, status) in statuses)
        foreach (var server in status.Servers)
        {
            if (server.Escalation is not { } escalation || server.Detail is not { } detail) continue;
            var forcedAt = escalation.ForcedAt;
            var left = forcedAt is { } at ? at - now : (TimeSpan?)null;
            double? elapsed = forcedAt is { } end && end > escalation.FirstFailedAt
                ? Math.Clamp((now - escalation.FirstFailedAt) / (end - escalation.FirstFailedAt), 0, 1)
                : null;
            rows.Add(new EscalationRow(package.Package, server.Server, server.Site, server.Status, Retry(detail),
                Time(detail.NextAttemptAt), Time(escalation.FirstFailedAt)!, Time(forcedAt), left is { } l ? Countdown(l) : null, elapsed,
                escalation.UsersWarned, escalation.UsersHoldingFiles));
        }
        return new EscalationsPage(Clock(), rows, null);
    }

    public async Task<InboxesPage> InboxesAsync()
    {
        var ask = new Asker(node);
        var inboxes = await ask.AsyncFor<InboxStatusRows>(node.Inboxes, new GetInboxStatus(), "inbox status");
        var caps = await ask.AsyncFor<CapList>(node.Inboxes, ListCaps.Instance, "cap list");
        var clients = await ask.AsyncFor<ClientList>(node.Inboxes, ListClients.Instance, "client list");
        if (inboxes is null || caps is null || clients is null) return new InboxesPage(Clock(), [], [], [], ask.Error);
        var rows = inboxes.Rows.Select(r => new InboxRow(r.Cap, r.Site, r.Inbox, r.LockPresent,
            r.LockSince is { } since ? since.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) : "-",
            r.LockAge is { } age ? DurationText.Format(age) : "-", $"{r.DeleteAttempts} of {r.DeleteAttemptLimit}", r.Phase,
            r.Alarms.Count == 0 ? "-" : string.Join("; ", r.Alarms),
            r.LockPresent && r.Inbox == ComponentInbox
                ? clients.Clients.Where(c => c.Site == r.Site && InstallPending(c)).Select(c => c.Name).ToList()
                : [])).ToList();
        var remedies = new List<RemedyRow>();
        foreach (var site in caps.Caps.Select(c => c.Site).Distinct())
        {
            var remedyAsk = new Asker(node);
            var report = await remedyAsk.AsyncFor<RemedyReport>(node.Inboxes, new GetRemedyStatus(site), "inbox remedy");
            remedies.Add(new RemedyRow(site, report is null ? remedyAsk.Error ?? "unknown" : RemedyText(report)));
        }
        return new InboxesPage(Clock(), rows, remedies, caps.Caps.Select(c => new CapRow(c.Name, c.Site, c.Location)).ToList(), null);
    }

    public async Task<ClientsPage> ClientsAsync()
    {
        var ask = new Asker(node);
        var clients = await ask.AsyncFor<ClientList>(node.Inboxes, ListClients.Instance, "client list");
        if (clients is null) return new ClientsPage(Clock(), [], ask.Error);
        return new ClientsPage(Clock(), clients.Clients.Select(c => new ClientRow(c.Name, c.Site, c.Mode, c.ComponentStatus, InstallPending(c),
            c.LogLines.Count == 0 ? "-" : c.LogLines[^1], c.ProcessedOffers.Count == 0 ? "none" : string.Join(", ", c.ProcessedOffers))).ToList(), null);
    }

    /// <summary><c>audit timeline &lt;entity&gt;</c> over the node's own journal, the lines as the shell prints them.</summary>
    public async Task<JournalPage> TimelineAsync(string entity, CancellationToken cancellationToken)
    {
        try
        {
            await using var source = await OpenJournalAsync(cancellationToken);
            var timeline = await Timeline.ReadAsync(source, entity.Trim(), new TimeWindow(), null, cancellationToken);
            var lines = timeline.Select(e => e.ToString()).ToList();
            return new JournalPage(Clock(), entity, lines.Count == 0 ? ["no events in that time window"] : lines, null);
        }
        catch (AuditSourceException problem)
        {
            return new JournalPage(Clock(), entity, [], problem.Message);
        }
    }

    /// <summary><c>audit verify</c> over the node's own journal: the violations, then the shell's summary line.</summary>
    public async Task<AuditVerifyPage> VerifyAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var source = await OpenJournalAsync(cancellationToken);
            var report = await InvariantChecker.VerifyAsync(source, null, cancellationToken);
            var read = string.Create(CultureInfo.InvariantCulture, $"{report.EventsRead} event(s) of {report.Entities} entit{(report.Entities == 1 ? "y" : "ies")}");
            var violations = report.Violations.Select(v => v.ToString()).ToList();
            if (report.UnknownManifests.Count > 0)
                violations.Add("not checked, unknown to this audit: " + string.Join(", ",
                    report.UnknownManifests.Select(u => string.Create(CultureInfo.InvariantCulture, $"{u.Value} event(s) of {u.Key}"))));
            return new AuditVerifyPage(Clock(), report.IsClean, violations,
                report.IsClean ? $"no violations in {read}" : string.Create(CultureInfo.InvariantCulture, $"{report.Violations.Count} violation(s) in {read}"), null);
        }
        catch (AuditSourceException problem)
        {
            return new AuditVerifyPage(Clock(), false, [], "", problem.Message);
        }
    }

    private Task<AuditSource> OpenJournalAsync(CancellationToken cancellationToken)
    {
        // The codec the shell's audit verbs read with: the domain's events and the simulation's clock.
        var journal = JournalSettings.FromConfig(node.Config);
        var codec = DistributionEvents.Codec().Register<SimulationClockMoved>();
        return journal.Kind == JournalKind.Sqlite
            ? AuditSource.OpenSqliteAsync(journal.SqlitePath, codec, cancellationToken)
            : AuditSource.OpenPostgreSqlAsync(journal.PostgreSqlConnectionString, codec, cancellationToken);
    }

    /// <summary>Every package with its <c>status &lt;package&gt;</c> answer, in the catalog's order.</summary>
    private async Task<IReadOnlyList<(PackageVersionView Package, PackageStatusView Status)>?> StatusesAsync(Asker ask)
    {
        var packages = await ask.AsyncFor<PackageList>(node.Despooler, ListPackages.Instance, "package list");
        if (packages is null) return null;
        var statuses = new List<(PackageVersionView, PackageStatusView)>();
        foreach (var package in packages.Packages)
        {
            var status = await ask.AsyncFor<PackageStatusView>(node.Despooler, new PackageStatus(package.Package), "status");
            if (status is null) return null;
            statuses.Add((package, status));
        }
        return statuses;
    }

    private static bool InstallPending(ClientReport client) => client.ComponentStatus.Contains("install pending", StringComparison.Ordinal);

    private static string Kind(InstallStatus? detail) => detail is null ? "none" : detail.Kind switch
    {
        InstallStatusKind.AccessRevoked => "access-revoked",
        InstallStatusKind.WarningSent => "warning-sent",
        InstallStatusKind.ForceDisconnecting => "force-disconnecting",
        var kind => kind.ToString().ToLowerInvariant(),
    };

    private static string Retry(InstallStatus detail) => detail is { Kind: InstallStatusKind.Retrying, Retry: { } k, RetryLimit: { } y }
        ? k <= y ? $"retry {k} of {y}" : $"{y} of {y} retries done"
        : Kind(detail);

    private static string RemedyText(RemedyReport report) =>
        $"{Word(report.Step)}, round {report.Round}" +
        (report.NextStepAt is { } next ? $", next step at {next:yyyy-MM-dd HH:mm:ss}" : "") +
        (report.Locks.Count > 0 ? $"; stuck locks: {string.Join(", ", report.Locks)}" : "") +
        (report.Alarm is { } alarm ? $"; ALARM: {alarm}" : "");

    /// <summary>An enum value in the shell's words: StoppingInboxManager reads stopping-inbox-manager.</summary>
    private static string Word<T>(T value) where T : struct, Enum =>
        string.Concat(value.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    private static string? Time(DateTimeOffset? at) =>
        at is { } time ? time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + " UTC" : null;

    /// <summary>hh:mm:ss, hours past 24 kept as hours (22:05:00 for the article's example); never below zero.</summary>
    public static string Countdown(TimeSpan left)
    {
        if (left < TimeSpan.Zero) left = TimeSpan.Zero;
        return string.Create(CultureInfo.InvariantCulture, $"{(long)left.TotalHours:00}:{left.Minutes:00}:{left.Seconds:00}");
    }

    /// <summary>One page's asks: the first refusal or timeout, worded as the shell words it, becomes the page's error.</summary>
    private sealed class Asker(DistributionNode node)
    {
        private readonly ReplyBuilder _reply = new();

        public string? Error => _reply.Build(0).Error;

        public Task<T?> AsyncFor<T>(IActorRef gateway, object request, string verb) where T : class =>
            new GatewayCall(_reply, node.Settings.AskTimeout).AskAsync<T>(gateway, request, verb);
    }
}
