using ActorDistribution.Distribution.Jobs;
using ActorDistribution.Distribution.PackageDirectories;
using ActorDistribution.Distribution.Packages;
using ActorDistribution.Distribution.Requests;
using ActorDistribution.Distribution.Runtime;
using ActorDistribution.Distribution.Servers;
using ActorDistribution.Distribution.SiteDespoolers;
using ActorDistribution.Distribution.Sites;
using ActorDistribution.Runtime.Time;
using ActorDistribution.Shares;
using Akka.Actor;
using Akka.Persistence;

namespace ActorDistribution.Distribution.Gateway;

/// <summary>
/// The one entry of the despooler side: the shell and the node Ask it the request records of
/// <c>ActorDistribution.Distribution.Requests</c> and get the matching view or a <see cref="Rejected"/>.
/// It owns the entity regions and keeps the catalog of names (sites, servers, packages, job numbers) as
/// events, so requests are checked here with clear messages. After a restart it wakes every despooler
/// (which sends again the dispatches no package directory has taken) and every job, so deliveries in flight resume on their own.
/// </summary>
public sealed class DespoolerGateway : DomainActor
{
    public const string CatalogId = PersistenceIds.Catalog;

    private readonly IActorRef _sites;
    private readonly IActorRef _despoolers;
    private readonly IActorRef _packages;
    private readonly IActorRef _servers;
    private readonly IActorRef _jobs;
    private readonly IActorRef _directories;
    private readonly IActorRef _directoryDueIndex;
    private DistributionCatalog _catalog = DistributionCatalog.Empty;

    /// <param name="regions">The cluster's sharded regions; null: the gateway creates local regions as its children.</param>
    public DespoolerGateway(DespoolerRegions? regions = null)
    {
        var local = regions is null;
        regions ??= DespoolerRegions.Start(Region);
        _sites = regions.Sites;
        _packages = regions.Packages;
        _servers = regions.Servers;
        _directories = regions.Directories;
        _despoolers = regions.Despoolers;
        _jobs = regions.Jobs;
        // Local regions passivate idle directories and the due index wakes them; a cluster's sharding remembers its
        // entities instead (cluster.conf turns passivation off), so there directories report to no index.
        _directoryDueIndex = local ? DueIndexFor("pkgdir", _directories) : ActorRefs.Nobody;
        regions.DirectoryDueIndex = _directoryDueIndex;

        Recover<CatalogEvent>(e => _catalog = _catalog.Apply(e));
        Recover<RecoveryCompleted>(_ => Wake());

        Command<AddSite>(AddSite);
        Command<SetSiteSettings>(SetSiteSettings);
        Command<ShowSite>(ShowSite);
        Command<GetKnownSites>(_ => Sender.Tell(new KnownSites(_catalog.Sites), Self));
        Command<ControlComponent>(ControlComponent);
        Command<AddServer>(AddServer);
        Command<AddPackage>(add => ScanPackage(add.Id, add.Source, first: true));
        Command<UpdatePackage>(update => ScanPackage(update.Id, update.Source, first: false));
        Command<PackageScanned>(AddVersion);
        Command<PackageScanFailed>(failed => failed.ReplyTo.Tell(new Rejected(failed.Reason), Self));
        Command<CreateJob>(CreateJob);
        Command<ShowJob>(ShowJob);
        Command<CancelJob>(CancelJob);
        Command<RetryJob>(RetryJob);
        Command<RetryChecked>(RetryChecked);
        Command<ListJobs>(_ => Reply(ListJobsAsync(_jobs, _directories, _catalog.JobIds.ToList())));
        Command<PackageStatus>(PackageStatus);
        Command<ListSites>(_ => Reply(ListSitesAsync(_sites, _despoolers, _catalog.Sites)));
        Command<ListServers>(_ => Sender.Tell(new ServerList(_catalog.Servers), Self));
        Command<ListPackages>(_ => Reply(ListPackagesAsync(_packages, _catalog.Packages)));
        Command<ShowPackage>(ShowPackage);
        Command<RemoveSite>(RemoveSite);
        Command<RemoveServer>(RemoveServer);
        Command<RemovePackage>(RemovePackage);
        Command<RemovalChecked>(Remove);
        CommandAny(message => Reject($"the despooler gateway does not handle {message.GetType().Name}"));
    }

    public override string PersistenceId => CatalogId;

    public static Props Props(DespoolerRegions? regions = null) => Akka.Actor.Props.Create(() => new DespoolerGateway(regions));

    /// <summary>The regions survive a restart of the gateway (their entities keep running).</summary>
    protected override void PreRestart(Exception reason, object? message) => PostStop();

    private DateTimeOffset Now => Context.System.Scheduler.Now;

    private static EntityEnvelope To(string id, object message) => new(id, message);

    private IActorRef Region(string name, Func<string, Props> entity)
    {
        var existing = Context.Child(name);
        return existing.Equals(ActorRefs.Nobody) ? Context.ActorOf(EntityRegion.Props(entity), name) : existing;
    }

    /// <summary>The due index of a region (under a backoff supervisor, like the entities): it wakes the entities that have something due.</summary>
    private IActorRef DueIndexFor(string kind, IActorRef region)
    {
        var name = $"due-index-{kind}";
        var existing = Context.Child(name);
        if (!existing.Equals(ActorRefs.Nobody)) return existing;
        var backoff = RegionBackoff.Default;
        return Context.ActorOf(Akka.Pattern.BackoffSupervisor.Props(Akka.Pattern.Backoff.OnStop(DueIndex.Props(kind, region), "index", backoff.Min, backoff.Max, backoff.RandomFactor, -1)), name);
    }

    private void Wake()
    {
        foreach (var site in _catalog.Sites) _despoolers.Tell(To(site, WakeUp.Instance), Self);
        foreach (var job in _catalog.JobIds) _jobs.Tell(To(job, WakeUp.Instance), Self);
    }

    private void Reject(string reason) => Sender.Tell(new Rejected(reason), Self);

    private void Reply(Task<object> answer) => Reply(answer, Sender);

    private void Reply(Task<object> answer, IActorRef replyTo) =>
        answer.PipeToTracked(Context, replyTo, Self, reply => reply, problem => new Rejected(problem.Message));

    private string? UnknownSite(string? code, string role = "site") =>
        _catalog.Site(code) is null ? SiteCodes.Unknown(code, _catalog.Sites, role) : null;

    // Site codes, server names and package ids become share and server names on the share host.
    private static string? NameProblem(string what, string? name, Func<string, string> asShare)
    {
        if (string.IsNullOrWhiteSpace(name)) return $"{what}: a name is required";
        return ShareAddress.TryParse(asShare(name.Trim()), out _, out var problem) ? null : $"{what} '{name}' is not allowed: {problem}";
    }

    private void AddSite(AddSite add)
    {
        if (SiteCodes.ShapeProblem(add.Code) is { } problem)
        {
            Reject(problem);
            return;
        }

        var code = add.Code.Trim();
        if (_catalog.Site(code) is { } existing)
        {
            Reject($"site {existing} already exists");
            return;
        }

        if (_catalog.WasRemoved("site", code) is { } removedSite)
        {
            Reject(Reused("site", removedSite));
            return;
        }

        if (add.Response is not null && !ResponseModeNames.TryParse(add.Response, out _, out var error))
        {
            Reject(error);
            return;
        }

        var replyTo = Sender;
        Persist(new SiteRegistered(Now, code), e =>
        {
            _catalog = _catalog.Apply(e);
            var added = _sites.Ask<object>(To(code, add with { Code = code }), EntityAsk.Timeout);
            // A new site server runs its despooler, which loads the settings just configured.
            var started = _despoolers.Ask<object>(To(code, new ControlDespooler(DespoolerAction.Start)), EntityAsk.Timeout);
            Reply(SiteViewAsync(code, added, started), replyTo);
        });
    }

    private void SetSiteSettings(SetSiteSettings set)
    {
        if (UnknownSite(set.Code) is { } problem)
        {
            Reject(problem);
            return;
        }

        var code = _catalog.Site(set.Code)!;
        var changed = _sites.Ask<object>(To(code, set with { Code = code }), EntityAsk.Timeout);
        var despooler = _despoolers.Ask<object>(To(code, GetDespoolerState.Instance), EntityAsk.Timeout);
        Reply(SiteViewAsync(code, changed, despooler));
    }

    private void ShowSite(ShowSite show)
    {
        if (UnknownSite(show.Code) is { } problem)
        {
            Reject(problem);
            return;
        }

        var code = _catalog.Site(show.Code)!;
        var configured = _sites.Ask<object>(To(code, GetSiteSettings.Instance), EntityAsk.Timeout);
        var despooler = _despoolers.Ask<object>(To(code, GetDespoolerState.Instance), EntityAsk.Timeout);
        Reply(SiteViewAsync(code, configured, despooler));
    }

    private static async Task<object> SiteViewAsync(string code, Task<object> configured, Task<object> despooler)
    {
        if (await configured.ConfigureAwait(false) is not SiteSettingsReport report) return await configured.ConfigureAwait(false);
        var component = await despooler.ConfigureAwait(false);
        return component is ComponentView view ? new SiteView(code, report.Settings, view.InEffect, view.Status) : component;
    }

    private static async Task<object> ListSitesAsync(IActorRef sites, IActorRef despoolers, IReadOnlyList<string> codes)
    {
        var views = new List<SiteView>();
        foreach (var code in codes)
        {
            var configured = sites.Ask<object>(To(code, GetSiteSettings.Instance), EntityAsk.Timeout);
            var despooler = despoolers.Ask<object>(To(code, GetDespoolerState.Instance), EntityAsk.Timeout);
            var view = await SiteViewAsync(code, configured, despooler).ConfigureAwait(false);
            if (view is not SiteView site) return view;
            views.Add(site);
        }

        return new SiteList(views);
    }

    private static async Task<object> ListPackagesAsync(IActorRef packages, IReadOnlyList<string> ids)
    {
        var views = new List<PackageVersionView>();
        foreach (var id in ids)
        {
            var current = await packages.Ask<object>(To(id, new GetPackageVersion()), EntityAsk.Timeout).ConfigureAwait(false);
            if (current is not PackageVersionView view) return current;
            views.Add(view);
        }

        return new PackageList(views);
    }

    private void ShowPackage(ShowPackage show)
    {
        if (_catalog.Package(show.Id) is not { } package)
        {
            Reject(UnknownPackage(show.Id));
            return;
        }

        _packages.Forward(To(package, GetPackageVersions.Instance));
    }

    private string UnknownPackage(string? id) =>
        $"unknown package '{id}'; known packages: {(_catalog.Packages.Count == 0 ? "none yet (package add)" : string.Join(", ", _catalog.Packages))}";

    private void ControlComponent(ControlComponent control)
    {
        var component = control.Component?.Trim().ToLowerInvariant();
        if (component == "inbox-manager")
        {
            Reject("the inbox manager is not controlled through the despooler gateway; send this to the inbox side");
            return;
        }

        if (component != "despooler")
        {
            Reject($"unknown component '{control.Component}', expected despooler or inbox-manager");
            return;
        }

        if (!DespoolerWords.TryParse(control.Action, out var action, out var error))
        {
            Reject(error);
            return;
        }

        if (UnknownSite(control.Site) is { } problem)
        {
            Reject(problem);
            return;
        }

        _despoolers.Tell(To(_catalog.Site(control.Site)!, new ControlDespooler(action)), Sender);
    }

    private void AddServer(AddServer add)
    {
        if ((NameProblem("server name", add.Name, n => $"{n}/PACKAGE") ?? UnknownSite(add.Site)) is { } problem)
        {
            Reject(problem);
            return;
        }

        var name = add.Name.Trim();
        if (_catalog.Server(name) is { } existing)
        {
            Reject($"server {existing.Name} already exists (site {existing.Site})");
            return;
        }

        if (_catalog.WasRemoved("server", name) is { } removedServer)
        {
            Reject(Reused("server", removedServer));
            return;
        }

        var site = _catalog.Site(add.Site)!;
        var replyTo = Sender;
        Persist(new ServerRegistered(Now, name, site), e =>
        {
            _catalog = _catalog.Apply(e);
            _servers.Tell(To(name, new AddServer(name, site)), replyTo);
        });
    }

    private void ScanPackage(string id, string source, bool first)
    {
        if (NameProblem("package id", id, p => $"SERVER/{p}") is { } problem)
        {
            Reject(problem);
            return;
        }

        var known = _catalog.Package(id);
        if (first && known is not null)
        {
            Reject($"package {known} already exists; use package update");
            return;
        }

        if (first && _catalog.WasRemoved("package", id) is { } removedPackage)
        {
            Reject(Reused("package", removedPackage));
            return;
        }

        if (!first && known is null)
        {
            Reject($"unknown package '{id}'; known packages: {(_catalog.Packages.Count == 0 ? "none yet (package add)" : string.Join(", ", _catalog.Packages))}");
            return;
        }

        if (string.IsNullOrWhiteSpace(source))
        {
            Reject($"package {id}: a source directory is required (--source <dir>)");
            return;
        }

        var packageId = known ?? id.Trim();
        string full;
        try
        {
            full = Path.GetFullPath(source);
        }
        catch (Exception unusable) when (unusable is ArgumentException or NotSupportedException or PathTooLongException)
        {
            Reject($"package {packageId}: source '{source}' is not a usable path: {unusable.Message}");
            return;
        }

        var replyTo = Sender;
        Task.Run(() => PackageManifest.ScanAsync(full)).PipeToTracked(Context, Self, Self,
            files => new PackageScanned(packageId, full, files, first, replyTo),
            failure => new PackageScanFailed($"package {packageId}: {failure.Message}", replyTo));
    }

    private void AddVersion(PackageScanned scanned)
    {
        if (!scanned.First)
        {
            _packages.Tell(To(scanned.Id, new AddPackageVersion(scanned.Source, scanned.Files, First: false)), scanned.ReplyTo);
            return;
        }

        if (_catalog.Package(scanned.Id) is { } existing)
        {
            scanned.ReplyTo.Tell(new Rejected($"package {existing} already exists; use package update"), Self);
            return;
        }

        if (_catalog.WasRemoved("package", scanned.Id) is { } removedPackage)
        {
            scanned.ReplyTo.Tell(new Rejected(Reused("package", removedPackage)), Self);
            return;
        }

        Persist(new PackageRegistered(Now, scanned.Id), e =>
        {
            _catalog = _catalog.Apply(e);
            _packages.Tell(To(scanned.Id, new AddPackageVersion(scanned.Source, scanned.Files, First: true)), scanned.ReplyTo);
        });
    }

    private void CreateJob(CreateJob create) => CreateJob(create, Sender);

    private void CreateJob(CreateJob create, IActorRef replyTo)
    {
        if (!JobTypes.TryParse(create.Type, out var type, out var typeError))
        {
            Refuse(replyTo, typeError);
            return;
        }

        if (CommandProblem(type, create.Command) is { } commandProblem)
        {
            Refuse(replyTo, commandProblem);
            return;
        }

        if (Targets(create, out var problem) is not { } targets)
        {
            Refuse(replyTo, problem!);
            return;
        }

        if (_catalog.Package(create.Package) is not { } package)
        {
            Refuse(replyTo, $"unknown package '{create.Package}'; known packages: {(_catalog.Packages.Count == 0 ? "none yet (package add)" : string.Join(", ", _catalog.Packages))}");
            return;
        }

        if (create.SourceSite is not null && UnknownSite(create.SourceSite, "source site") is { } sourceProblem)
        {
            Refuse(replyTo, sourceProblem);
            return;
        }

        var sourceSite = create.SourceSite is null ? null : _catalog.Site(create.SourceSite);
        var id = (_catalog.LastJob + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        Persist(new JobRegistered(Now, id), e =>
        {
            _catalog = _catalog.Apply(e);
            Reply(OpenJobAsync(_packages, _jobs, _directories, id, type, package, sourceSite, targets, create.Command?.Trim()), replyTo);
        });
    }

    private void Refuse(IActorRef replyTo, string reason) => replyTo.Tell(new Rejected(reason), Self);

    /// <summary><c>job retry</c>: the job's view first (its targets' outcomes), then <see cref="RetryChecked"/>.</summary>
    private void RetryJob(RetryJob retry)
    {
        if (!_catalog.HasJob(retry.Id))
        {
            Reject($"unknown job '{retry.Id}'; jobs are numbered 1 to {_catalog.LastJob}");
            return;
        }

        var replyTo = Sender;
        ShowJobAsync(_jobs, _directories, retry.Id.Trim()).PipeToTracked(Context, Self, Self,
            view => new RetryChecked(view, replyTo), problem => new RetryChecked(new Rejected(problem.Message), replyTo));
    }

    /// <summary>A finished job with failed targets becomes a new job of the same order for just those servers.</summary>
    private void RetryChecked(RetryChecked checkedJob)
    {
        if (checkedJob.View is not JobView view)
        {
            checkedJob.ReplyTo.Tell(checkedJob.View, Self);
            return;
        }

        var failed = view.Targets.Where(t => t.Status.StartsWith("failed", StringComparison.Ordinal)).ToList();
        if (view.Status != "failed" || failed.Count == 0)
        {
            Refuse(checkedJob.ReplyTo, $"job {view.Id} is {view.Status}: only a finished job with failed targets is retried");
            return;
        }

        CreateJob(new CreateJob(view.Type, view.Package, failed.Select(t => t.Site).Distinct().ToList(),
            failed.Select(t => t.Server).ToList(), view.SourceSite, view.Command), checkedJob.ReplyTo);
    }

    /// <summary>A run-command-on-workstation job needs the command line its offer carries; no other type takes one.</summary>
    private static string? CommandProblem(JobType type, string? command) => (type, string.IsNullOrWhiteSpace(command)) switch
    {
        (JobType.RunCommandOnWorkstation, true) =>
            "a run-command-on-workstation job needs the command line its workstations run: add --command \"<line>\"",
        (not JobType.RunCommandOnWorkstation, _) when command is not null =>
            $"--command is only for run-command-on-workstation jobs; a {type.ToWord()} job runs no command on workstations",
        _ => null,
    };

    /// <summary>Each target site with its servers: the ones named in --servers, or all of the site's.</summary>
    private IReadOnlyList<JobTarget>? Targets(CreateJob create, out string? problem)
    {
        problem = null;
        var sites = (create.Targets ?? []).Where(t => !string.IsNullOrWhiteSpace(t)).ToList();
        if (sites.Count == 0)
        {
            problem = "a job needs at least one target site (--target <site>[,<site>...])";
            return null;
        }

        var canonical = new List<string>();
        foreach (var site in sites)
        {
            if ((problem = UnknownSite(site, "target site")) is not null) return null;
            var code = _catalog.Site(site)!;
            if (!canonical.Contains(code)) canonical.Add(code);
        }

        var named = new List<ServerView>();
        foreach (var name in (create.Servers ?? []).Where(s => !string.IsNullOrWhiteSpace(s)))
        {
            if (_catalog.Server(name) is not { } server)
            {
                problem = $"unknown server '{name}'; known servers: {(_catalog.Servers.Count == 0 ? "none yet (server add)" : string.Join(", ", _catalog.Servers.Select(s => $"{s.Name} ({s.Site})")))}";
                return null;
            }

            if (!canonical.Contains(server.Site))
            {
                problem = $"server {server.Name} belongs to site {server.Site}, which is not a target of the job ({string.Join(", ", canonical)})";
                return null;
            }

            named.Add(server);
        }

        var targets = new List<JobTarget>();
        foreach (var site in canonical)
        {
            var servers = named.Count > 0
                ? named.Where(s => s.Site == site).Select(s => s.Name).Distinct().ToList()
                : _catalog.ServersOf(site);
            if (servers.Count == 0)
            {
                problem = named.Count > 0
                    ? $"none of the servers given (--servers) belongs to target site {site}"
                    : $"target site {site} has no distribution server; add one with server add <name> --site {site}";
                return null;
            }

            targets.Add(new JobTarget(site, servers));
        }

        return targets;
    }

    private static async Task<object> OpenJobAsync(
        IActorRef packages, IActorRef jobs, IActorRef directories,
        string id, JobType type, string package, string? sourceSite, IReadOnlyList<JobTarget> targets, string? command)
    {
        string? version = null;
        IReadOnlyList<PackageFile> files = [];
        if (type != JobType.RemovePackageFromServer)
        {
            var current = await packages.Ask<object>(To(package, new GetPackageVersion()), EntityAsk.Timeout).ConfigureAwait(false);
            if (current is not PackageVersionView view) return current;
            (version, files) = (view.Version, view.Files);
        }

        var opened = await jobs.Ask<object>(To(id, new OpenJob(new JobDefinition(id, type, package, version, files, sourceSite, targets, command))), EntityAsk.Timeout)
            .ConfigureAwait(false);
        return opened is JobDefinition ? await ShowJobAsync(jobs, directories, id).ConfigureAwait(false) : opened;
    }

    private void ShowJob(ShowJob show)
    {
        if (!_catalog.HasJob(show.Id))
        {
            Reject($"unknown job '{show.Id}'; jobs are numbered 1 to {_catalog.LastJob}");
            return;
        }

        Reply(ShowJobAsync(_jobs, _directories, show.Id.Trim()));
    }

    private void CancelJob(CancelJob cancel)
    {
        if (!_catalog.HasJob(cancel.Id))
        {
            Reject($"unknown job '{cancel.Id}'; jobs are numbered 1 to {_catalog.LastJob}");
            return;
        }

        Reply(CancelJobAsync(_jobs, _directories, cancel.Id.Trim()));
    }

    private static async Task<object> CancelJobAsync(IActorRef jobs, IActorRef directories, string id)
    {
        var cancelled = await jobs.Ask<object>(To(id, CancelOrders.Instance), EntityAsk.Timeout).ConfigureAwait(false);
        return cancelled is JobReport ? await ShowJobAsync(jobs, directories, id).ConfigureAwait(false) : cancelled;
    }

    private static async Task<object> ShowJobAsync(IActorRef jobs, IActorRef directories, string id)
    {
        var reply = await jobs.Ask<object>(To(id, GetJobReport.Instance), EntityAsk.Timeout).ConfigureAwait(false);
        return reply is JobReport report ? await JobViewAsync(report, directories).ConfigureAwait(false) : reply;
    }

    private static async Task<object> ListJobsAsync(IActorRef jobs, IActorRef directories, IReadOnlyList<string> ids)
    {
        var views = new List<JobView>();
        foreach (var id in ids)
            if (await ShowJobAsync(jobs, directories, id).ConfigureAwait(false) is JobView view) views.Add(view);
        return new JobList(views);
    }

    /// <summary>The job's own outcome per target server; the directory is asked only about targets still without one.</summary>
    private static async Task<object> JobViewAsync(JobReport record, IActorRef directories)
    {
        var job = record.Definition;
        var targets = new List<JobTargetView>();
        var statuses = new List<JobTargetProgress>();
        foreach (var target in job.Targets)
        {
            foreach (var server in target.Servers)
            {
                var outcome = record.Outcomes.GetValueOrDefault(server);
                var report = outcome is null ? await StatusAsync(directories, server, job.Package).ConfigureAwait(false) : null;
                var status = JobStatus.Target(job, outcome, report!);
                statuses.Add(status.Progress);
                // A cancelled job's target that never started never will: it reads cancelled, not pending.
                var display = record.Cancelled && status.Progress == JobTargetProgress.Pending ? JobStatus.Cancelled : status.Display;
                targets.Add(new JobTargetView(target.Site, server, display));
            }
        }

        var offers = job.Type == JobType.RunCommandOnWorkstation
            ? job.Targets.Select(t => $"{SiteServerShares.Inboxes(t.Site)}/{SiteServerShares.PathIn(SiteServerShares.OfferInbox, JobOffer.FileName(job.Id))}").ToList()
            : [];
        return new JobView(job.Id, job.Type.ToWord(), job.Package, job.Version, job.SourceSite, targets,
            record.Cancelled ? JobStatus.Cancelled : JobStatus.Of(statuses), offers, job.Command);
    }

    private static async Task<InstallStatusReport> StatusAsync(IActorRef directories, string server, string package) =>
        await directories.Ask<InstallStatusReport>(To(PackageDirectoryShares.EntityId(server, package), GetInstallStatus.Instance), EntityAsk.Timeout)
            .ConfigureAwait(false);

    private void PackageStatus(PackageStatus status)
    {
        if (_catalog.Package(status.Package) is not { } package)
        {
            Reject($"unknown package '{status.Package}'; known packages: {(_catalog.Packages.Count == 0 ? "none yet (package add)" : string.Join(", ", _catalog.Packages))}");
            return;
        }

        Reply(PackageStatusAsync(_directories, package, _catalog.Servers));
    }

    private static async Task<object> PackageStatusAsync(IActorRef directories, string package, IReadOnlyList<ServerView> servers)
    {
        var views = new List<ServerStatusView>();
        foreach (var server in servers)
        {
            var report = await StatusAsync(directories, server.Name, package).ConfigureAwait(false);
            views.Add(report.Requested
                ? new ServerStatusView(server.Name, server.Site, report.Status.Display, report.Status, report.Escalation)
                : new ServerStatusView(server.Name, server.Site, "none"));
        }

        return new PackageStatusView(package, views);
    }

    private static string Reused(string kind, string name) =>
        $"{kind} {name} was removed; a removed {kind} is not added again under the same name (its journal keeps the old history), choose another name";

    /// <summary>The answer of a removal's asynchronous checks (jobs, package directories): a problem, or the event to persist.</summary>
    private sealed record RemovalChecked(CatalogEvent Removal, string? Problem, IActorRef ReplyTo);

    private static bool Unfinished(JobView job) => job.Status is JobStatus.Pending or JobStatus.InProgress;

    private static string Jobs(IEnumerable<JobView> jobs) => string.Join(", ", jobs.Select(j => $"{j.Id} ({j.Status})"));

    private void RemoveSite(RemoveSite remove)
    {
        if (UnknownSite(remove.Code) is { } unknown)
        {
            Reject(unknown);
            return;
        }

        var code = _catalog.Site(remove.Code)!;
        if (SiteInUse(code) is { } problem)
        {
            Reject(problem);
            return;
        }

        CheckRemoval(new SiteRemoved(Now, code), async () =>
        {
            var open = (await AllJobsAsync().ConfigureAwait(false)).Where(j => Unfinished(j)
                && (string.Equals(j.SourceSite, code, StringComparison.OrdinalIgnoreCase) || j.Targets.Any(t => t.Site == code))).ToList();
            return open.Count == 0 ? null
                : $"site {code} is still named by unfinished jobs {Jobs(open)}; wait for them to finish or cancel them (job cancel <id>)";
        });
    }

    private string? SiteInUse(string code) => _catalog.ServersOf(code) is { Count: > 0 } servers
        ? $"site {code} still has servers {string.Join(", ", servers)}; remove them first (server remove <name>)"
        : null;

    private void RemoveServer(RemoveServer remove)
    {
        if (_catalog.Server(remove.Name) is not { } server)
        {
            Reject($"unknown server '{remove.Name}'; known servers: {(_catalog.Servers.Count == 0 ? "none yet (server add)" : string.Join(", ", _catalog.Servers.Select(s => $"{s.Name} ({s.Site})")))}");
            return;
        }

        var packages = _catalog.Packages;
        CheckRemoval(new ServerRemoved(Now, server.Name), async () =>
        {
            var open = (await AllJobsAsync().ConfigureAwait(false)).Where(j => Unfinished(j) && j.Targets.Any(t => t.Server == server.Name)).ToList();
            if (open.Count > 0)
                return $"server {server.Name} is a target of unfinished jobs {Jobs(open)}; wait for them to finish or cancel them (job cancel <id>)";
            var held = new List<string>();
            foreach (var package in packages)
                if (Holds(await StatusAsync(_directories, server.Name, package).ConfigureAwait(false)) is { } status) held.Add($"{package} ({status})");
            return held.Count == 0 ? null
                : $"server {server.Name} still holds package directories {string.Join(", ", held)}; remove them first " +
                  $"(job create remove-package-from-server --package <id> --target {server.Site} --servers {server.Name})";
        });
    }

    private void RemovePackage(RemovePackage remove)
    {
        if (_catalog.Package(remove.Id) is not { } package)
        {
            Reject(UnknownPackage(remove.Id));
            return;
        }

        var servers = _catalog.Servers;
        CheckRemoval(new PackageRemoved(Now, package), async () =>
        {
            var open = (await AllJobsAsync().ConfigureAwait(false)).Where(j => Unfinished(j) && j.Package == package).ToList();
            if (open.Count > 0)
                return $"package {package} has unfinished jobs {Jobs(open)}; wait for them to finish or cancel them (job cancel <id>)";
            var on = new List<string>();
            foreach (var server in servers)
                if (Holds(await StatusAsync(_directories, server.Name, package).ConfigureAwait(false)) is { } status) on.Add($"{server.Name} ({status})");
            return on.Count == 0 ? null
                : $"package {package} is still on servers {string.Join(", ", on)}; remove it from them first (job create remove-package-from-server --package {package} --target <site>)";
        });
    }

    /// <summary>The status of a package directory that holds (or may hold) files: requested and not removed; null when it holds none.</summary>
    private static string? Holds(InstallStatusReport report) =>
        report.Requested && report.Status.Kind != InstallStatusKind.Removed ? report.Status.Display : null;

    private async Task<IReadOnlyList<JobView>> AllJobsAsync() =>
        await ListJobsAsync(_jobs, _directories, _catalog.JobIds.ToList()).ConfigureAwait(false) is JobList list ? list.Jobs : [];

    private void CheckRemoval(CatalogEvent removal, Func<Task<string?>> problem)
    {
        var replyTo = Sender;
        problem().PipeToTracked(Context, Self, Self,
            found => new RemovalChecked(removal, found, replyTo),
            failure => new RemovalChecked(removal, failure.Message, replyTo));
    }

    /// <summary>After the asynchronous checks, the catalog's own ones again (it may have changed meanwhile), then the event.</summary>
    private void Remove(RemovalChecked checkedRemoval)
    {
        var (removal, problem, replyTo) = checkedRemoval;
        var (kind, name, gone) = removal switch
        {
            SiteRemoved e => ("site", e.Code, _catalog.Site(e.Code) is null),
            ServerRemoved e => ("server", e.Name, _catalog.Server(e.Name) is null),
            PackageRemoved e => ("package", e.Id, _catalog.Package(e.Id) is null),
            _ => throw new ArgumentException($"not a removal: {removal.GetType().Name}", nameof(checkedRemoval)),
        };
        problem ??= gone ? $"{kind} {name} was removed meanwhile" : removal is SiteRemoved ? SiteInUse(name) : null;
        if (problem is not null)
        {
            replyTo.Tell(new Rejected(problem), Self);
            return;
        }

        Persist(removal, e =>
        {
            _catalog = _catalog.Apply(e);
            // A removed site's despooler stops; it is not woken after a restart.
            if (e is SiteRemoved site) _despoolers.Tell(To(site.Code, new ControlDespooler(DespoolerAction.Stop)), ActorRefs.NoSender);
            replyTo.Tell(new RemovedView(kind, name), Self);
        });
    }
}

/// <summary>The view of the job <c>job retry</c> names (or why there is none), and who asked.</summary>
internal sealed record RetryChecked(object View, IActorRef ReplyTo);
