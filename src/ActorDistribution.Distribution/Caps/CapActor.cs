using ActorDistribution.Distribution.Gateway;
using ActorDistribution.Distribution.InboxManagers;
using ActorDistribution.Distribution.Inboxes;
using ActorDistribution.Distribution.Requests;
using ActorDistribution.Distribution.Runtime;
using ActorDistribution.Distribution.StuckLockRemedies;
using ActorDistribution.Runtime.Time;
using ActorDistribution.Shares;
using Akka.Actor;
using Akka.Event;
using Akka.Persistence;
using Inbox = ActorDistribution.Distribution.Inboxes.Inbox;

namespace ActorDistribution.Distribution.Caps;

/// <summary>
/// One CAP (persistence id <c>cap/NAME</c>): the site it serves, its share, and one child <see cref="InboxActor"/>
/// per configured inbox. It passes its inboxes' update reports on to the site's inbox manager and a lock
/// left behind to the site's stuck-lock supervisor. After recovery it makes sure its share and folders
/// exist, attaches itself to the site's manager again and starts its inboxes, which resume their updates.
/// </summary>
public sealed class CapActor : DomainActor
{
    private readonly string _name;
    private readonly InboxRegions _regions;
    private readonly InboxManagerSettings _settings;
    private readonly IShareHost _shares;
    private readonly Dictionary<string, InboxState> _inboxStates = new(StringComparer.OrdinalIgnoreCase);
    private string? _site;
    private bool _removed;

    public CapActor(string name, InboxRegions regions)
    {
        _name = name;
        _regions = regions;
        var runtime = DistributionRuntime.Get(Context.System);
        _settings = InboxManagerSettings.From(runtime.Config);
        _shares = runtime.Shares;

        Recover<CapAdded>(e => _site = e.Site);
        Recover<CapFilesClosed>(_ => { });
        Recover<CapRemoved>(_ => (_site, _removed) = (null, true));
        Recover<RecoveryCompleted>(_ =>
        {
            if (_site is not null) PrepareShare(null);
        });

        Command<AddCap>(Add);
        Command<CapSharePrepared>(Prepared);
        Command<CapInboxMessage>(m => Route(m));
        Command<InboxStateChanged>(m => _inboxStates[m.State.Address.Inbox] = m.State);
        Command<InboxUpdateFinished>(m => ToSite(_regions.InboxManagers, m));
        Command<ReportLockLeft>(m => ToSite(_regions.StuckLockSupervisors, m));
        Command<GetCapInboxRows>(_ => Sender.Tell(_site is null ? Unknown() : new CapInboxRows(_name, Rows()), Self));
        Command<ForceCloseCapFiles>(Close);
        Command<RemoveCap>(_ => Remove());
        Command<WakeUp>(_ => { });
    }

    public override string PersistenceId => PersistenceIds.Cap(_name);

    protected override IReadOnlyList<string> TagsFor(object @event) => [$"site:{(@event as CapAdded)?.Site ?? _site}"];

    public static Props Props(string name, InboxRegions regions) => Akka.Actor.Props.Create(() => new CapActor(name, regions));

    private DateTimeOffset Now => Context.System.Scheduler.Now;

    private new ILoggingAdapter Log => Context.GetLogger().WithContext("component", "inbox-manager").WithContext("cap", _name);

    private void Add(AddCap add)
    {
        var replyTo = Sender;
        if (_removed)
        {
            replyTo.Tell(new Rejected($"CAP {_name} was removed; a removed CAP is not added again under the same name (its journal keeps the old history), choose another name"), Self);
            return;
        }
        if (_site is null)
        {
            Persist(new CapAdded(Now, add.Site, CapShares.Location(_name)), e =>
            {
                _site = e.Site;
                Log.Info("CAP {Cap} added to site {Site} at {Location}", _name, e.Site, e.Location);
                PrepareShare(replyTo);
            });
            return;
        }
        if (string.Equals(_site, add.Site, StringComparison.OrdinalIgnoreCase)) PrepareShare(replyTo);
        else replyTo.Tell(new Rejected($"CAP {_name} already serves site {_site}; a CAP serves one site (add it under another name)."), Self);
    }

    // The share and folders are created (idempotently) off the cell; the inboxes start once they exist.
    private void PrepareShare(IActorRef? replyTo)
    {
        var shares = _shares;
        var address = CapShares.Address(_name);
        var inboxes = _settings.Inboxes.ToList();
        Task.Run(() => InboxEffects.EnsureInboxFolders(shares, address, inboxes))
            .PipeToTracked(Context, Self, Self, failure => new CapSharePrepared(replyTo, failure), ex => new CapSharePrepared(replyTo, ex.Message));
    }

    private void Prepared(CapSharePrepared prepared)
    {
        if (prepared.Failure is { } failure)
        {
            Log.Warning("CAP {Cap}: its share could not be prepared: {Failure}", _name, failure);
            prepared.ReplyTo?.Tell(new Rejected($"CAP {_name}: its share {CapShares.Location(_name)} could not be prepared: {failure}"), Self);
            return;
        }
        foreach (var inbox in _settings.Inboxes) InboxFor(inbox);
        ToSite(_regions.InboxManagers, new AttachCap(Now, _name));
        prepared.ReplyTo?.Tell(new CapAccepted(_name, _site!, CapShares.Location(_name), _settings.Inboxes.ToList()), Self);
    }

    private void Route(CapInboxMessage message)
    {
        if (_site is null || _settings.Canonical(message.Inbox) is not { } inbox)
        {
            Log.Warning("CAP {Cap}: no inbox {Inbox} to take {Message}", _name, message.Inbox, message.Message.GetType().Name);
            return;
        }
        InboxFor(inbox).Forward(message.Message);
    }

    private IActorRef InboxFor(string inbox)
    {
        var name = Uri.EscapeDataString(inbox);
        var child = Context.Child(name);
        return child.Equals(ActorRefs.Nobody)
            ? Context.ActorOf(InboxActor.Props(new CapInbox(_name, inbox), _site!), name)
            : child;
    }

    private void ToSite(IActorRef region, object message)
    {
        if (_site is not null) region.Tell(new EntityEnvelope(_site, message), Self);
    }

    private List<InboxStatusRow> Rows()
    {
        var now = Now;
        var share = CapShares.Address(_name);
        return _settings.Inboxes.Select(inbox =>
        {
            var state = _inboxStates.GetValueOrDefault(inbox) ?? Inbox.Initial(new CapInbox(_name, inbox));
            var lockFile = _shares.GetFileInfo(share, CapPaths.LockPath(inbox, _settings.LockFile));
            var present = lockFile.IsSuccess;
            DateTimeOffset? since = present ? state.LockPresentSince ?? lockFile.Value.LastWritten : null;
            return new InboxStatusRow(_name, _site!, inbox, present, since, since is { } s ? now - s : null,
                state.DeleteAttempts, state.DeleteAttemptLimit, state.Phase.ToString(), state.ReplicatedVersion,
                state.Alarms.Select(a => $"{a.At:yyyy-MM-dd HH:mm:ss} {a.Text}").ToList());
        }).ToList();
    }

    private void Close(ForceCloseCapFiles close)
    {
        var replyTo = Sender;
        if (_site is null)
        {
            replyTo.Tell(Unknown(), Self);
            return;
        }
        var subtree = close.Subtree.Replace('\\', '/').Trim('/');
        var (users, handles) = RemedyEffects.CloseUnder(_shares, _name, [subtree]);
        Persist(new CapFilesClosed(Now, subtree, users, handles), e =>
        {
            Log.Info("CAP {Cap}: an operator force-closed {Handles} open file(s) under {Subtree} ({Users})", _name, e.ClosedHandles, e.Subtree, e.Users);
            replyTo.Tell(new CapFilesForceClosed(_name, e.Subtree, e.Users, e.ClosedHandles), Self);
        });
    }

    /// <summary>The gateway has checked that no client is attached; the CAP itself refuses while one of its inboxes is being updated.</summary>
    private void Remove()
    {
        var replyTo = Sender;
        if (_site is null)
        {
            replyTo.Tell(Unknown(), Self);
            return;
        }
        var updating = _inboxStates.Values.Where(s => s.IsUpdating).Select(s => $"{s.Address.Inbox} ({s.Phase.ToString().ToLowerInvariant()})").ToList();
        if (updating.Count > 0)
        {
            replyTo.Tell(new Rejected($"CAP {_name} has inboxes being updated: {string.Join(", ", updating)}; try again once the update has ended"), Self);
            return;
        }
        Persist(new CapRemoved(Now), _ =>
        {
            ToSite(_regions.InboxManagers, new DetachCap(Now, _name));
            Log.Info("CAP {Cap} removed from site {Site}; its share {Location} is left as it is", _name, _site, CapShares.Location(_name));
            foreach (var inbox in Context.GetChildren()) Context.Stop(inbox);
            (_site, _removed) = (null, true);
            replyTo.Tell(new RemovedView("CAP", _name), Self);
        });
    }

    private Rejected Unknown() => _removed ? new($"CAP {_name} was removed") : new($"no CAP named {_name}; add it with: cap add {_name} --site <code>");
}
