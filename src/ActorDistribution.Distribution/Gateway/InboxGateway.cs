using ActorDistribution.Distribution.Caps;
using ActorDistribution.Distribution.Clients;
using ActorDistribution.Distribution.InboxManagers;
using ActorDistribution.Distribution.Inboxes;
using ActorDistribution.Distribution.Requests;
using ActorDistribution.Distribution.Runtime;
using ActorDistribution.Distribution.Sites;
using ActorDistribution.Distribution.StuckLockRemedies;
using ActorDistribution.Runtime.Time;
using ActorDistribution.Shares;
using Akka.Actor;
using Akka.Event;
using Akka.Pattern;
using Akka.Persistence;
using Akka.Persistence.Query;
using Akka.Persistence.Sql.Query;
using Akka.Streams;

namespace ActorDistribution.Distribution.Gateway;

/// <summary>
/// The one entry of the inbox side for the shell and the node: it owns the entity regions (CAPs with their
/// inboxes, inbox managers, stuck-lock supervisors, clients), checks each request (the records of
/// <c>Inboxes/Requests</c>) and passes it to the entity that answers it, or answers <see cref="Rejected"/>.
/// On start it wakes every entity the journal remembers, so clients cycle and remedies resume after a restart.
/// Sites are the despooler side's: a request naming a site is checked against <see cref="SiteCodes"/>' shape rule, then the
/// gateway asks the despooler side's catalog (<see cref="GetKnownSites"/>) and rejects an unknown site in the despooler side's
/// words; while it waits for that answer it stashes later requests, so requests are handled in the order they came.
/// </summary>
public sealed class InboxGateway : ReceiveActor, IWithUnboundedStash
{
    private static readonly TimeSpan QueryTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan SiteCheckTimeout = TimeSpan.FromSeconds(10);

    private readonly InboxRegions _regions;
    private readonly InboxManagerSettings _settings;
    private readonly IShareHost _shares;
    private readonly IActorRef _sites;
    private readonly IActorRef _catalog;

    /// <param name="sites">Answers <see cref="GetKnownSites"/>: the despooler gateway.</param>
    /// <param name="regions">The cluster's sharded regions; null: the gateway creates local regions as its children.</param>
    public InboxGateway(IActorRef sites, InboxRegions? regions = null)
    {
        _sites = sites;
        var runtime = DistributionRuntime.Get(Context.System);
        _settings = InboxManagerSettings.From(runtime.Config);
        _shares = runtime.Shares;
        var backoff = RegionBackoff.Default;
        // A child of the gateway, so one writer per cluster too: the gateway is a cluster singleton there.
        _catalog = Context.ActorOf(BackoffSupervisor.Props(Backoff.OnStop(InboxCatalogActor.Props(), "catalog", backoff.Min, backoff.Max, backoff.RandomFactor, -1)), "catalog");
        _regions = regions ?? InboxRegions.Start((name, entity) => Context.ActorOf(EntityRegion.Props(entity), name));

        Receive<RememberedEntities>(Wake);
        Receive<AddCap>(add => Check(NameProblem("CAP", add.Name, allowSlash: true) ?? CapLocationProblem(add.Name),
            () => WithSite(add.Site, (site, replyTo) => Cataloged(_regions.Caps, add.Name.Trim(), add with { Name = add.Name.Trim(), Site = site },
                reply => reply is CapAccepted accepted ? new CatalogCap(accepted.Name, accepted.Site) : null, replyTo))));
        Receive<ForceCloseCapFiles>(close => Check(NameProblem("CAP", close.Cap, allowSlash: true) ?? PathProblem(close.Subtree, allowEmpty: true),
            () => _regions.Caps.Forward(new EntityEnvelope(close.Cap.Trim(), close))));
        Receive<GetInboxStatus>(Status);
        Receive<DropIntoSiteInbox>(Drop);
        Receive<StartSiteInboxManager>(start => ToSite(start.Site, site => start with { Site = site }));
        Receive<StopSiteInboxManager>(stop => ToSite(stop.Site, site => stop with { Site = site }));
        Receive<ScanSiteInboxes>(scan => ToSite(scan.Site, site => scan with { Site = site }));
        Receive<GetInboxManagerStatus>(get => ToSite(get.Site, site => get with { Site = site }));
        Receive<GetRemedyStatus>(get => WithSite(get.Site, (site, replyTo) => _regions.StuckLockSupervisors.Tell(new EntityEnvelope(site, get with { Site = site }), replyTo)));
        Receive<AddClient>(add => Check(NameProblem("client", add.Name, allowSlash: false) ?? FirstCycleProblem(add.FirstCycleIn),
            () => WithSite(add.Site, (site, replyTo) => Cataloged(_regions.Clients, add.Name.Trim(), add with { Name = add.Name.Trim(), Site = site },
                reply => reply is ClientAccepted ? new CatalogClient(add.Name.Trim(), site) : null, replyTo))));
        Receive<AssignClientUpgrade>(assign => Check(NameProblem("client", assign.Name, allowSlash: false)
                ?? (string.IsNullOrWhiteSpace(assign.Version) ? "a component version is required" : null) ?? PathProblem(assign.Installer, allowEmpty: false),
            () => _regions.Clients.Forward(new EntityEnvelope(assign.Name.Trim(), assign))));
        Receive<ListCaps>(_ => ListCapsAsync(_catalog, _regions.Caps).PipeToTracked(Context, Sender, Self));
        Receive<ListClients>(_ => ListClientsAsync(_catalog, _regions.Clients).PipeToTracked(Context, Sender, Self));
        Receive<RemoveCap>(remove => Check(NameProblem("CAP", remove.Name, allowSlash: true),
            () => RemoveCapAsync(_catalog, _regions, remove.Name.Trim()).PipeToTracked(Context, Sender, Self)));
        Receive<RemoveClient>(remove => Check(NameProblem("client", remove.Name, allowSlash: false),
            () => Cataloged(_regions.Clients, remove.Name.Trim(), remove with { Name = remove.Name.Trim() },
                reply => reply is RemovedView ? new UncatalogClient(remove.Name.Trim()) : null, Sender)));
        Receive<RemoveSite>(RemoveSite);
        Receive<GetClientLog>(get => Check(NameProblem("client", get.Name, allowSlash: false), () => _regions.Clients.Forward(new EntityEnvelope(get.Name.Trim(), get))));
    }

    public IStash Stash { get; set; } = null!;

    public static Props Props(IActorRef sites, InboxRegions? regions = null) => Akka.Actor.Props.Create(() => new InboxGateway(sites, regions));

    protected override void PreStart()
    {
        var ids = PersistenceQuery.Get(Context.System).ReadJournalFor<ICurrentPersistenceIdsQuery>(SqlReadJournal.Identifier).CurrentPersistenceIds();
        ids.RunAggregate(new List<string>(), (all, id) => { all.Add(id); return all; }, Context.System.Materializer())
            .ContinueWith(listed => new RememberedEntities(listed.Result), TaskContinuationOptions.OnlyOnRanToCompletion)
            .PipeToTracked(Context, Self, Self);
    }

    private void Wake(RememberedEntities remembered)
    {
        var woken = 0;
        foreach (var id in remembered.PersistenceIds)
        {
            var slash = id.IndexOf('/');
            if (slash < 0) continue;
            var region = id[..slash] switch
            {
                "cap" => _regions.Caps,
                "inbox-manager" => _regions.InboxManagers,
                "stuck-lock" => _regions.StuckLockSupervisors,
                "client" => _regions.Clients,
                _ => null,
            };
            if (region is null) continue;
            region.Tell(new EntityEnvelope(id[(slash + 1)..], WakeUp.Instance), Self);
            woken++;
        }
        if (woken > 0) Context.GetLogger().WithContext("component", "inbox-manager").Info("Woke {Count} inbox-side entities remembered by the journal", woken);
    }

    private void ToSite(string site, Func<string, object> request)
        => WithSite(site, (known, replyTo) => _regions.InboxManagers.Tell(new EntityEnvelope(known, request(known)), replyTo));

    /// <summary>
    /// Checks the site code's shape, then asks the despooler side whether it knows the site; <paramref name="pass"/> gets the
    /// registered spelling and the one to answer. Until the answer comes every other message waits in the stash.
    /// </summary>
    private void WithSite(string code, Action<string, IActorRef> pass)
    {
        var replyTo = Sender;
        if (SiteCodes.ShapeProblem(code) is { } problem)
        {
            replyTo.Tell(new Rejected(problem), Self);
            return;
        }

        _sites.Ask<object>(GetKnownSites.Instance, SiteCheckTimeout)
            .PipeTo(Self, Self, answer => new SiteChecked(answer, null), failure => new SiteChecked(null, failure));
        BecomeStacked(() =>
        {
            Receive<SiteChecked>(answer =>
            {
                UnbecomeStacked();
                Stash.UnstashAll();
                if (answer.Answer is not KnownSites known)
                    replyTo.Tell(new Rejected($"site '{code}' could not be checked: the despooler side did not answer ({answer.Failure?.GetBaseException().Message ?? answer.Answer?.ToString()})"), Self);
                else if (SiteCodes.Find(known.Codes, code) is { } site) pass(site, replyTo);
                else replyTo.Tell(new Rejected(SiteCodes.Unknown(code, known.Codes)), Self);
            });
            ReceiveAny(_ => Stash.Stash());
        });
    }

    private void Check(string? problem, Action pass)
    {
        if (problem is null) pass();
        else Sender.Tell(new Rejected(problem), Self);
    }

    private void Status(GetInboxStatus get)
    {
        var replyTo = Sender;
        if (get.Cap is { } named && NameProblem("CAP", named, allowSlash: true) is { } problem)
        {
            replyTo.Tell(new Rejected(problem), Self);
            return;
        }
        Collect(_catalog, _regions.Caps, get.Cap?.Trim()).PipeToTracked(Context, replyTo, Self);
    }

    /// <summary>
    /// The entity answers first; once it accepted, the name goes into the catalog before the caller hears the answer,
    /// so a list asked for right after an add shows it.
    /// </summary>
    private void Cataloged(IActorRef region, string name, object add, Func<object, object?> entry, IActorRef replyTo)
    {
        var catalog = _catalog;
        Add().PipeToTracked(Context, replyTo, Self, reply => reply, problem => new Rejected(problem.Message));

        async Task<object> Add()
        {
            var reply = await region.Ask<object>(new EntityEnvelope(name, add), QueryTimeout).ConfigureAwait(false);
            if (entry(reply) is { } record) await catalog.Ask<InboxCatalog>(record, QueryTimeout).ConfigureAwait(false);
            return reply;
        }
    }

    private static async Task<object> Collect(IActorRef catalog, IActorRef caps, string? only)
    {
        var known = await catalog.Ask<InboxCatalog>(GetInboxCatalog.Instance, QueryTimeout);
        var names = only is null ? known.Caps : known.Caps.Where(id => string.Equals(id, only, StringComparison.OrdinalIgnoreCase)).ToList();
        if (only is not null && names.Count == 0) return new Rejected($"no CAP named {only}; add it with: cap add {only} --site <code>");
        var answers = await Task.WhenAll(names.Select(name => caps.Ask<object>(new EntityEnvelope(name, GetCapInboxRows.Instance), QueryTimeout)));
        if (only is not null && answers.OfType<Rejected>().FirstOrDefault() is { } rejected) return rejected;
        var rows = answers.OfType<CapInboxRows>()
            .SelectMany(a => a.Rows)
            .OrderBy(r => r.Cap, StringComparer.OrdinalIgnoreCase)
            .ThenBy(r => r.Inbox, StringComparer.OrdinalIgnoreCase)
            .ToList();
        return new InboxStatusRows(rows);
    }

    /// <summary>Every cataloged entity of a region that answers <paramref name="ask"/> as registered, by name (asking wakes a passivated one).</summary>
    private static async Task<IReadOnlyList<T>> Registered<T>(IReadOnlyList<string> names, IActorRef region, object ask) where T : class
    {
        var answers = await Task.WhenAll(names.Order(StringComparer.OrdinalIgnoreCase)
            .Select(name => region.Ask<object>(new EntityEnvelope(name, ask), QueryTimeout)));
        return answers.OfType<T>().ToList();
    }

    private static async Task<object> ListCapsAsync(IActorRef catalog, IActorRef caps)
    {
        var known = await catalog.Ask<InboxCatalog>(GetInboxCatalog.Instance, QueryTimeout);
        var rows = await Registered<CapInboxRows>(known.Caps, caps, GetCapInboxRows.Instance);
        return new CapList(rows.Select(cap => new CapView(cap.Cap, cap.Rows.FirstOrDefault()?.Site ?? "-", CapShares.Location(cap.Cap),
            cap.Rows.Select(r => r.Inbox).ToList(), cap.Rows.Count(r => r.LockPresent))).ToList());
    }

    private static async Task<object> ListClientsAsync(IActorRef catalog, IActorRef clients)
    {
        var known = await catalog.Ask<InboxCatalog>(GetInboxCatalog.Instance, QueryTimeout);
        return new ClientList(await Registered<ClientReport>(known.Clients, clients, new GetClientLog("")));
    }

    /// <summary>Refused while a client's last cycle chose the CAP; once its entity removed it, it leaves the catalog too.</summary>
    private static async Task<object> RemoveCapAsync(IActorRef catalog, InboxRegions regions, string name)
    {
        var known = await catalog.Ask<InboxCatalog>(GetInboxCatalog.Instance, QueryTimeout);
        var attached = (await Registered<ClientReport>(known.Clients, regions.Clients, new GetClientLog("")))
            .Where(c => string.Equals(c.Cap, name, StringComparison.OrdinalIgnoreCase)).Select(c => c.Name).ToList();
        if (attached.Count > 0)
            return new Rejected($"CAP {name} still has clients attached: {string.Join(", ", attached)}; remove them first (client remove <name>)");
        var reply = await regions.Caps.Ask<object>(new EntityEnvelope(name, new RemoveCap(name)), QueryTimeout);
        if (reply is RemovedView) await catalog.Ask<InboxCatalog>(new UncatalogCap(name), QueryTimeout);
        return reply;
    }

    /// <summary>
    /// <c>site remove</c> passes here first: CAPs and clients are the inbox side's, so a site still holding them stays. The despooler
    /// side then applies its own rules; until it answers every other request waits in the stash, so no CAP or client joins the site meanwhile.
    /// </summary>
    private void RemoveSite(RemoveSite remove)
    {
        var replyTo = Sender;
        if (SiteCodes.ShapeProblem(remove.Code) is { } problem)
        {
            replyTo.Tell(new Rejected(problem), Self);
            return;
        }

        SiteRemovalAsync(_catalog, _regions, _sites, remove).PipeTo(Self, Self,
            answer => new SiteRemovalAnswered(answer, replyTo),
            failure => new SiteRemovalAnswered(new Rejected($"site {remove.Code.Trim()} could not be removed: {failure.GetBaseException().Message}"), replyTo));
        BecomeStacked(() =>
        {
            Receive<SiteRemovalAnswered>(answered =>
            {
                UnbecomeStacked();
                Stash.UnstashAll();
                answered.ReplyTo.Tell(answered.Answer, Self);
            });
            ReceiveAny(_ => Stash.Stash());
        });
    }

    private static async Task<object> SiteRemovalAsync(IActorRef catalog, InboxRegions regions, IActorRef sites, RemoveSite remove)
    {
        var code = remove.Code.Trim();
        var known = await catalog.Ask<InboxCatalog>(GetInboxCatalog.Instance, QueryTimeout);
        bool OfSite(string site) => string.Equals(site, code, StringComparison.OrdinalIgnoreCase);
        // Named as registered (the entities carry the despooler side's spelling).
        var caps = (await Registered<CapInboxRows>(known.Caps, regions.Caps, GetCapInboxRows.Instance)).Where(c => c.Rows.Any(r => OfSite(r.Site))).ToList();
        if (caps.Count > 0)
            return new Rejected($"site {caps[0].Rows[0].Site} still has CAPs {string.Join(", ", caps.Select(c => c.Cap))}; remove them first (cap remove <name>)");
        var clients = (await Registered<ClientReport>(known.Clients, regions.Clients, new GetClientLog(""))).Where(c => OfSite(c.Site)).ToList();
        if (clients.Count > 0)
            return new Rejected($"site {clients[0].Site} still has clients {string.Join(", ", clients.Select(c => c.Name))}; remove them first (client remove <name>)");
        return await sites.Ask<object>(remove, QueryTimeout);
    }

    private void Drop(DropIntoSiteInbox drop)
    {
        var inbox = _settings.Canonical(drop.Inbox);
        var problem = (inbox is null ? $"'{drop.Inbox}' is not a site inbox; the inboxes are: {string.Join(", ", _settings.Inboxes)}" : null)
            ?? NameProblem("file", drop.FileName, allowSlash: false)
            ?? (string.Equals(drop.FileName.Trim(), _settings.LockFile, StringComparison.OrdinalIgnoreCase) ? $"{_settings.LockFile} is the inbox manager's lock file name; choose another file name" : null);
        if (problem is not null)
        {
            Sender.Tell(new Rejected(problem), Self);
            return;
        }
        WithSite(drop.Site, (code, replyTo) => Write(drop, code, inbox!, replyTo));
    }

    private void Write(DropIntoSiteInbox drop, string code, string inbox, IActorRef replyTo)
    {
        var (shares, site, inboxes, content, file) = (_shares, SiteServerShares.Inboxes(code), _settings.Inboxes.ToList(), drop.Content, drop.FileName.Trim());
        Task.Run<object>(() =>
        {
            var prepared = InboxEffects.EnsureInboxFolders(shares, site, inboxes);
            var path = SiteServerShares.PathIn(inbox, file);
            var written = prepared is null ? shares.WriteFile(site, path, content) : null;
            var failure = prepared ?? written?.Failure?.Message;
            return failure is null
                ? new DroppedIntoSiteInbox(code, site.ToString(), path, content.Length)
                : new Rejected($"could not write {path} into {site}: {failure}");
        }).PipeToTracked(Context, replyTo, Self);
    }

    private static string? NameProblem(string what, string name, bool allowSlash)
    {
        if (string.IsNullOrWhiteSpace(name)) return $"a {what} name is required";
        var trimmed = name.Trim();
        if (trimmed.Contains('\\') || (!allowSlash && trimmed.Contains('/')))
            return $"'{name}' is not a {what} name: {(allowSlash ? "use SERVER/SHARE or a plain name" : "no '/' or '\\'")}";
        return trimmed.Any(char.IsControl) || trimmed.Contains("..") ? $"'{name}' is not a {what} name" : null;
    }

    private static string? CapLocationProblem(string cap)
    {
        var trimmed = cap.Trim();
        if (trimmed.Count(c => c == '/') > 1) return $"'{cap}' is not a CAP: use SERVER/SHARE or a plain name";
        return ShareAddress.TryParse(CapShares.Location(trimmed), out _, out var problem) ? null : $"'{cap}' cannot be a CAP share: {problem}";
    }

    private static string? PathProblem(string path, bool allowEmpty)
        => !allowEmpty && string.IsNullOrWhiteSpace(path) ? "a path is required"
            : path.Replace('\\', '/').Split('/').Any(part => part == "..") ? $"'{path}' leaves the share; '..' is not allowed"
            : null;

    private static string? FirstCycleProblem(TimeSpan? firstCycleIn)
        => firstCycleIn < TimeSpan.Zero ? "the first cycle cannot start in the past" : null;
}

/// <summary>The despooler side's answer about the sites (or why there is none), back on the gateway.</summary>
internal sealed record SiteChecked(object? Answer, Exception? Failure);

/// <summary>The answer to a <c>site remove</c> (the inbox side's refusal or the despooler side's answer), back on the gateway.</summary>
internal sealed record SiteRemovalAnswered(object Answer, IActorRef ReplyTo);

/// <summary>Every persistence id in the journal, read when the gateway starts.</summary>
internal sealed record RememberedEntities(IReadOnlyList<string> PersistenceIds);
