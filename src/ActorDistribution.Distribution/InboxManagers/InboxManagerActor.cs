using ActorDistribution.Distribution.Caps;
using ActorDistribution.Distribution.Gateway;
using ActorDistribution.Distribution.Inboxes;
using ActorDistribution.Distribution.Requests;
using ActorDistribution.Distribution.Runtime;
using ActorDistribution.Distribution.StuckLockRemedies;
using ActorDistribution.Runtime.Time;
using ActorDistribution.Shares;
using Akka.Actor;
using Akka.Event;
using Akka.Persistence;

namespace ActorDistribution.Distribution.InboxManagers;

/// <summary>
/// The inbox manager component of one site (persistence id <c>inbox-manager/SITE</c>): the thin actor around
/// <see cref="InboxManager"/>. It compares inboxes when its state says a scan is due, orders each update from
/// the CAP inbox entity (again after recovery, for the updates still running), and answers the shell's
/// start/stop/scan. Starting it makes the site's stuck-lock supervisor watch. It also carries out the
/// supervisor's remedy steps that involve it: stop, start, and the force-close, which it performs in its own
/// cell right after checking what it writes, so a close can never meet one of its writes.
/// </summary>
public sealed class InboxManagerActor : DomainActor, IWithTimers
{
    private readonly string _site;
    private readonly InboxRegions _regions;
    private readonly InboxManagerSettings _settings;
    private readonly StuckLockRules _rules;
    private readonly bool _supervised;
    private readonly IShareHost _shares;
    private readonly Dictionary<CapInbox, InboxUpdateDispatched> _orders = [];
    private InboxManagerState _state;
    private StepTimer? _step;

    public InboxManagerActor(string site, InboxRegions regions)
    {
        _site = site;
        _regions = regions;
        var runtime = DistributionRuntime.Get(Context.System);
        _settings = InboxManagerSettings.From(runtime.Config);
        var stuckLock = StuckLockSettings.From(runtime.Config);
        _rules = StuckLockRules.From(stuckLock, _settings);
        _supervised = stuckLock.IsEnabled;
        _shares = runtime.Shares;
        _state = InboxManager.Initial(site);

        Recover<InboxManagerEvent>(Apply);
        Recover<RecoveryCompleted>(_ =>
        {
            // Updates that were running when the actor stopped are ordered again; the inbox ignores a duplicate.
            foreach (var address in _state.InProgress) Order(address);
            // A remedy step sent to this manager's previous incarnation may be lost with it: the supervisor asks again.
            if (_supervised && LastSequenceNr > 0) _regions.StuckLockSupervisors.Tell(new EntityEnvelope(_site, new InboxManagerRecovered(_site)), Self);
            Go();
        });

        Command<StartSiteInboxManager>(_ => Start(Sender, reply: true));
        Command<StopSiteInboxManager>(_ => Handle(new StopInboxManager(Now), Sender, Report));
        Command<ScanSiteInboxes>(_ => Scan(Sender));
        Command<GetInboxManagerStatus>(_ => Sender.Tell(Report(), Self));
        Command<GetSiteCaps>(_ => Sender.Tell(new SiteCaps(_site, _state.Caps), Self));
        Command<AttachCap>(attach => Handle(attach with { At = Now }, null, null));
        Command<DetachCap>(detach => Handle(detach with { At = Now }, null, null));
        Command<InboxUpdateFinished>(finished => Handle(finished with { At = Now }, null, null));
        Command<InboxesCompared>(compared => Handle(compared, null, null));

        // The stuck-lock supervisor's steps.
        Command<HaltInboxManager>(_ => Handle(new StopInboxManager(Now), Sender, () => new InboxManagerStopResult(Now, _state.InProgress)));
        Command<RestartInboxManager>(_ => Start(Sender, reply: false));
        Command<CloseCapConnections>(close => Sender.Tell(RemedyEffects.CloseUnlessWriting(_shares, close, _state.InProgress, Now), Self));
        Command<SurveyLocks>(_ => Survey(Sender));
        Command<VerifyLocks>(verify => Verify(verify, Sender));

        Command<StepTimer.Due>(_ => Go(timerFired: true));
        Command<Status.Failure>(f => Log.Warning(f.Cause, "Inbox manager of {Site}: a comparison failed; it is tried again", _site));
        Command<WakeUp>(_ => { });
    }

    public ITimerScheduler Timers { get; set; } = null!;

    public override string PersistenceId => PersistenceIds.InboxManager(_site);

    protected override IReadOnlyList<string> TagsFor(object @event) => [$"site:{_site}"];

    public static Props Props(string site, InboxRegions regions) => Akka.Actor.Props.Create(() => new InboxManagerActor(site, regions));

    private DateTimeOffset Now => Context.System.Scheduler.Now;

    private new ILoggingAdapter Log => Context.GetLogger().WithContext("component", "inbox-manager").WithContext("site", _site);

    private StepTimer Step => _step ??= new StepTimer(Timers, () => Now);

    private IEnumerable<CapInbox> AllInboxes => _state.Caps.SelectMany(cap => _settings.Inboxes.Select(inbox => new CapInbox(cap, inbox)));

    private void Start(IActorRef replyTo, bool reply)
    {
        Handle(StartInboxManager.With(Now, _settings), replyTo, () =>
        {
            // Watching starts with the component; a supervisor already watching (or mid-remedy) ignores this.
            if (_supervised) _regions.StuckLockSupervisors.Tell(new EntityEnvelope(_site, new WatchLocks(Now, _rules)), Self);
            return reply ? Report() : new InboxManagerStartResult(Now);
        });
    }

    private void Scan(IActorRef replyTo)
    {
        if (_state.Status != InboxManagerStatus.Running)
        {
            replyTo.Tell(new Rejected($"the inbox manager of site {_site} is {_state.Status.ToString().ToLowerInvariant()}; start it first: component start inbox-manager --site {_site}"), Self);
            return;
        }
        Handle(new ScanInboxes(Now), replyTo, Report);
    }

    /// <summary>Decides, persists, then answers <paramref name="replyTo"/> with <paramref name="reply"/> (also when nothing changed).</summary>
    private void Handle(InboxManagerCommand command, IActorRef? replyTo, Func<object>? reply)
    {
        var events = InboxManager.Decide(_state, command);
        PersistAll(events, e =>
        {
            Apply(e);
            Announce(e);
        });
        DeferAsync(command, _ =>
        {
            if (events.Count > 0) Go();
            if (reply is not null) replyTo?.Tell(reply(), Self);
        });
    }

    private void Apply(InboxManagerEvent e)
    {
        _state = InboxManager.Evolve(_state, e);
        if (e is InboxUpdateDispatched dispatched) _orders[dispatched.Address] = dispatched;
    }

    private void Announce(InboxManagerEvent e)
    {
        switch (e)
        {
            case InboxUpdateDispatched dispatched:
                Log.Info("Inbox manager of {Site}: updating {Inbox} ({Files} file(s))", _site, dispatched.Address, dispatched.Files.Count);
                Order(dispatched.Address);
                break;
            case InboxManagerStarted started:
                Log.Info("Inbox manager of {Site} started: {Attempts} delete attempt(s) {Spacing} apart, scan every {Interval}", _site, started.DeleteAttempts, started.DeleteRetrySpacing, started.ScanInterval);
                break;
            case InboxManagerStopping stopping:
                Log.Info("Inbox manager of {Site} stopping once {Writing} ends", _site, string.Join(", ", stopping.Writing));
                break;
            case InboxManagerStopped:
                Log.Info("Inbox manager of {Site} stopped", _site);
                break;
        }
    }

    private void Order(CapInbox address)
    {
        if (!_orders.TryGetValue(address, out var dispatched)) return;
        _regions.Caps.Tell(new EntityEnvelope(address.Cap, new CapInboxMessage(address.Inbox, dispatched.ToOrder() with { At = Now })), Self);
    }

    private void Go(bool timerFired = false)
    {
        var step = InboxManager.Next(_state);
        Step.Go(step, step?.DueAt, () => Compare(step!), timerFired);
    }

    private TimeSpan? Compare(CompareInboxes compare)
    {
        var (shares, site, caps, inboxes, lockFile, clock) = (_shares, SiteServerShares.Inboxes(_site), _state.Caps.ToList(), _settings.Inboxes.ToList(), _settings.LockFile, Context.System.Scheduler);
        Task.Run(() =>
        {
            // The site server's inbox folders may not exist yet (no offer dropped so far).
            InboxEffects.EnsureInboxFolders(shares, site, inboxes);
            return InboxEffects.Compare(shares, site, caps, inboxes, lockFile, compare.ClearLeftLocks, clock.Now);
        }).PipeToTracked(Context, Self, Self);
        return null;
    }

    private void Survey(IActorRef replyTo)
    {
        // A manager an operator stopped is left alone: only a running manager's locks are surveyed.
        if (_state.Status == InboxManagerStatus.Stopped)
        {
            replyTo.Tell(new LocksSurveyed(Now, []), Self);
            return;
        }
        var (shares, inboxes, lockFile, clock) = (_shares, AllInboxes.ToList(), _settings.LockFile, Context.System.Scheduler);
        Task.Run(() => RemedyEffects.Survey(shares, inboxes, lockFile, clock.Now)).PipeToTracked(Context, replyTo, Self);
    }

    private void Verify(VerifyLocks verify, IActorRef replyTo)
    {
        var (shares, writing, lockFile, clock) = (_shares, _state.InProgress, _settings.LockFile, Context.System.Scheduler);
        Task.Run(() => RemedyEffects.Verify(shares, verify.Locks, writing, lockFile, clock.Now)).PipeToTracked(Context, replyTo, Self);
    }

    private InboxManagerReport Report()
        => new(_site, _state.Status, _state.NextScanAt, _state.Caps, _state.InProgress.Select(a => a.ToString()).ToList(),
            _state.DeleteAttempts, _state.DeleteRetrySpacing);
}
