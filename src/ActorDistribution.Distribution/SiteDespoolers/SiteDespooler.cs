using ActorDistribution.Distribution.Jobs;
using ActorDistribution.Distribution.Packages;
using ActorDistribution.Distribution.Requests;
using ActorDistribution.Distribution.Runtime;
using ActorDistribution.Distribution.Servers;
using ActorDistribution.Distribution.Sites;
using ActorDistribution.Runtime.Time;
using ActorDistribution.Shares;
using Akka.Actor;
using Akka.Event;
using Akka.Persistence;

namespace ActorDistribution.Distribution.SiteDespoolers;

/// <summary>
/// The despooler component of one site (despooler/CODE). Starting or continuing it loads the site settings
/// (<see cref="SettingsLoaded"/>): those are the settings in effect until the next start or continue, and every
/// delivery it dispatches is planned with them (the target site's, never the source site's). While it is
/// paused or stopped, orders are kept (persisted) and dispatched when it runs again.
/// </summary>
public sealed class SiteDespooler : DomainActor
{
    private const string Component = "despooler";

    private readonly string _site;
    private readonly IActorRef _sites;
    private readonly IActorRef _directories;
    private readonly ILoggingAdapter _log;
    private DespoolerState _state = DespoolerState.Initial;

    /// <param name="sites">The site region, asked for the settings on start and continue.</param>
    /// <param name="directories">The package directory region, sent Install and Remove.</param>
    public SiteDespooler(string site, IActorRef sites, IActorRef directories)
    {
        _site = site;
        _sites = sites;
        _directories = directories;
        PersistenceId = PersistenceIds.Despooler(site);
        _log = Context.GetLogger().WithContext("component", Component).WithContext("site", site);

        Recover<DespoolerEvent>(e => _state = _state.Apply(e));
        Recover<RecoveryCompleted>(_ =>
        {
            // Makes up for a dispatch lost in the crash: only those no directory has taken yet (a directory that took one carries
            // it on itself, woken by the due index when something is due), so a start wakes no finished directory.
            var options = DespoolerOptions.From(DistributionRuntime.Get(Context.System).Config);
            foreach (var sent in _state.Directories) _directories.Tell(new EntityEnvelope(sent.Directory, sent.Command(options)), Self);
        });

        Command<ControlDespooler>(Control);
        Command<SiteSettingsFetched>(Load);
        Command<SiteSettingsUnavailable>(unavailable => unavailable.ReplyTo.Tell(new Rejected(unavailable.Reason), Self));
        Command<DispatchDelivery>(Receive);
        Command<WithdrawDelivery>(Withdraw);
        Command<DirectoryTookDispatch>(took =>
        {
            if (!_state.AwaitsTaking(took.Directory, took.JobId)) return;
            Persist(new DispatchTaken(Now, took.Directory, took.JobId), e => _state = _state.Apply(e));
        });
        Command<GetDespoolerState>(_ => Sender.Tell(View(), Self));
        Command<WakeUp>(_ => { });
    }

    public override string PersistenceId { get; }

    public static Props Props(string site, IActorRef sites, IActorRef directories) =>
        Akka.Actor.Props.Create(() => new SiteDespooler(site, sites, directories));

    protected override IReadOnlyList<string> TagsFor(object @event) => [$"site:{_site}"];

    private DateTimeOffset Now => Context.System.Scheduler.Now;

    private void Control(ControlDespooler control)
    {
        if (Refusal(control.Action) is { } refusal)
        {
            Sender.Tell(new Rejected(refusal), Self);
            return;
        }

        switch (control.Action)
        {
            case DespoolerAction.Start or DespoolerAction.Continue:
                var action = control.Action;
                var replyTo = Sender;
                _sites.Ask<object>(new EntityEnvelope(_site, GetSiteSettings.Instance), EntityAsk.Timeout).PipeToTracked(Context, Self, Self,
                    reply => reply is SiteSettingsReport report
                        ? new SiteSettingsFetched(action, report.Settings, replyTo)
                        : new SiteSettingsUnavailable($"despooler of {_site} cannot load the site settings: {reply}", replyTo),
                    problem => new SiteSettingsUnavailable($"despooler of {_site} cannot load the site settings: {problem.Message}", replyTo));
                break;
            case DespoolerAction.Pause:
                PersistThenReply(new DespoolerPaused(Now));
                break;
            case DespoolerAction.Stop:
                PersistThenReply(new DespoolerStopped(Now));
                break;
        }
    }

    /// <summary>Like a service: start only when stopped, continue only when paused, pause only when running.</summary>
    private string? Refusal(DespoolerAction action) => (action, _state.Status) switch
    {
        (DespoolerAction.Start, DespoolerStatus.Running) => $"the despooler of {_site} is already running",
        (DespoolerAction.Start, DespoolerStatus.Paused) => $"the despooler of {_site} is paused; continue it",
        (DespoolerAction.Continue, not DespoolerStatus.Paused) => $"the despooler of {_site} is {_state.Status.ToWord()}, not paused",
        (DespoolerAction.Pause, not DespoolerStatus.Running) => $"the despooler of {_site} is {_state.Status.ToWord()}, not running",
        (DespoolerAction.Stop, DespoolerStatus.Stopped) => $"the despooler of {_site} is already stopped",
        _ => null,
    };

    private void PersistThenReply(DespoolerEvent @event)
    {
        var replyTo = Sender;
        Persist(@event, e =>
        {
            _state = _state.Apply(e);
            _log.Info("Despooler of {Site} {Status}", _site, _state.Status.ToWord());
            replyTo.Tell(View(), Self);
        });
    }

    private void Load(SiteSettingsFetched fetched)
    {
        if (Refusal(fetched.Action) is { } refusal)  // another start or continue got there first
        {
            fetched.ReplyTo.Tell(new Rejected(refusal), Self);
            return;
        }

        var now = Now;
        List<DespoolerEvent> events = [new SettingsLoaded(now, fetched.Action, fetched.Settings)];
        events.AddRange(_state.Waiting.Select(order => Dispatched(now, order, fetched.Settings)));
        PersistAll(events, Apply);
        DeferAsync(fetched, f =>
        {
            _log.Info("Despooler of {Site} running with {Settings}", _site, string.Join(" ", SiteAssignments.Of(f.Settings)));
            f.ReplyTo.Tell(View(), Self);
        });
    }

    private void Receive(DispatchDelivery dispatch)
    {
        var order = dispatch.Order;
        var accepted = new DeliveryOrderAccepted(order.JobId, _site);
        if (_state.Received.Contains(order.JobId))
        {
            Sender.Tell(accepted, Self);
            return;
        }

        var now = Now;
        List<DespoolerEvent> events = [new DeliveryOrderReceived(now, order)];
        if (_state is { Status: DespoolerStatus.Running, InEffect: { } settings }) events.Add(Dispatched(now, order, settings));
        var replyTo = Sender;
        PersistAll(events, Apply);
        DeferAsync(accepted, a => replyTo.Tell(a, Self));
    }

    /// <summary>An order still waiting, or not yet received, is withdrawn; one already sent to the directories runs on.</summary>
    private void Withdraw(WithdrawDelivery withdraw)
    {
        var replyTo = Sender;
        var waiting = _state.WaitingOrder(withdraw.JobId) is not null;
        if (!waiting && _state.Received.Contains(withdraw.JobId))
        {
            replyTo.Tell(new DeliveryWithdrawn(withdraw.JobId, _site, Withdrawn: false), Self);
            return;
        }

        Persist(new DeliveryOrderWithdrawn(Now, withdraw.JobId), e =>
        {
            _state = _state.Apply(e);
            _log.Info("Job {Job}: cancelled before the despooler of {Site} sent it on", e.JobId, _site);
            replyTo.Tell(new DeliveryWithdrawn(e.JobId, _site, Withdrawn: true), Self);
        });
    }

    private DeliveryOrderDispatched Dispatched(DateTimeOffset now, DeliveryOrder order, SiteSettings settings) =>
        new(now, order.JobId, settings, order.JobType == JobType.RunCommandOnWorkstation
            ? SiteServerShares.PathIn(SiteServerShares.OfferInbox, JobOffer.FileName(order.JobId))
            : null);

    private void Apply(DespoolerEvent @event)
    {
        var order = @event is DeliveryOrderDispatched d ? _state.WaitingOrder(d.JobId) : null;
        _state = _state.Apply(@event);
        if (@event is DeliveryOrderDispatched dispatched && order is not null) SendToDirectories(order, dispatched);
    }

    private void SendToDirectories(DeliveryOrder order, DeliveryOrderDispatched dispatched)
    {
        var options = DespoolerOptions.From(DistributionRuntime.Get(Context.System).Config);
        foreach (var server in order.Servers)
        {
            var sent = new DirectoryDispatch(PackageDirectoryShares.EntityId(server, order.Package), order, dispatched);
            _directories.Tell(new EntityEnvelope(sent.Directory, sent.Command(options)), Self);
        }

        if (dispatched.OfferFile is { } offer) DropOffer(order, offer);
        _log.Info("Job {Job}: {Type} of {Package} {Version} sent to {Servers}", order.JobId, order.JobType.ToWord(), order.Package, order.Version, order.Servers);
    }

    /// <summary>An advertisement reaches workstations through the site's offer inbox, which the inbox manager replicates to the CAPs.</summary>
    private void DropOffer(DeliveryOrder order, string path)
    {
        var shares = DistributionRuntime.Get(Context.System).Shares;
        var inbox = SiteServerShares.Inboxes(_site);
        if (shares.CreateShare(inbox).Failure is { } created and not AlreadyExists)
            _log.Warning("Cannot create the site inbox share {Share}: {Failure}", inbox, created.Message);
        var written = shares.WriteFile(inbox, path, JobOffer.Content(order, _site));
        if (!written.IsSuccess) _log.Warning("Job {Job}: the offer {Path} could not be written to {Share}: {Failure}", order.JobId, path, inbox, written);
    }

    private ComponentView View() => new(Component, _site, _state.Status.ToWord(), _state.InEffect, _state.Waiting.Count);
}
