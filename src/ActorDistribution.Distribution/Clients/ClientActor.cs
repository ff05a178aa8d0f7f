using ActorDistribution.Distribution.Caps;
using ActorDistribution.Distribution.Gateway;
using ActorDistribution.Distribution.InboxManagers;
using ActorDistribution.Distribution.Requests;
using ActorDistribution.Distribution.Runtime;
using ActorDistribution.Runtime.Time;
using ActorDistribution.Shares;
using Akka.Actor;
using Akka.Event;
using Akka.Persistence;

namespace ActorDistribution.Distribution.Clients;

/// <summary>
/// A simulated workstation agent (persistence id <c>client/NAME</c>): the thin actor around <see cref="Client"/>.
/// It runs the offer cycle on the share host as its own user, learning its site's CAPs from the site's inbox
/// manager, and writes each event's lines of its own log to Serilog (component <c>client</c>).
/// A legacy client's session holding the lock file lives only in memory: after a restart the handle is
/// closed by id and the session is left to a force-close.
/// </summary>
public sealed class ClientActor : DomainActor, IWithTimers
{
    private readonly string _name;
    private readonly InboxRegions _regions;
    private readonly ClientSettings _settings;
    private readonly InboxManagerSettings _inboxSettings;
    private readonly IShareHost _shares;
    private ClientState _state;
    private SessionId? _legacySession;
    // A legacy client's session holding the component inbox's lock file open while its upgrade waits; in memory only.
    private SessionId? _componentSession;
    private StepTimer? _step;

    public ClientActor(string name, InboxRegions regions)
    {
        _name = name;
        _regions = regions;
        var runtime = DistributionRuntime.Get(Context.System);
        _settings = ClientSettings.From(runtime.Config);
        _inboxSettings = InboxManagerSettings.From(runtime.Config);
        _shares = runtime.Shares;
        _state = Client.Initial(name);

        Recover<ClientEvent>(e => _state = Client.Evolve(_state, e));
        Recover<RecoveryCompleted>(_ => Go());

        Command<AddClient>(Add);
        Command<AssignClientUpgrade>(Assign);
        Command<GetClientLog>(_ => Sender.Tell(Registered ? Report() : Unknown(), Self));
        Command<RemoveClient>(_ => Remove());
        Command<SiteCaps>(SearchCaps);
        Command<LegacyLockCheck>(Opened);
        Command<ComponentInboxRead>(ComponentRead);
        Command<ClientCommand>(Handle);
        Command<StepTimer.Due>(_ => Go(timerFired: true));
        Command<Status.Failure>(f => Log.Warning(f.Cause, "client {Client}: a step failed; it is tried again", _name));
        Command<WakeUp>(_ => { });
    }

    public ITimerScheduler Timers { get; set; } = null!;

    public override string PersistenceId => PersistenceIds.Client(_name);

    protected override IReadOnlyList<string> TagsFor(object @event) => [$"site:{(@event as ClientRegistered)?.Site ?? _state.Site}"];

    public static Props Props(string name, InboxRegions regions) => Akka.Actor.Props.Create(() => new ClientActor(name, regions));

    private bool Registered => _state.Phase is not (ClientPhase.Unregistered or ClientPhase.Removed);

    private DateTimeOffset Now => Context.System.Scheduler.Now;

    private new ILoggingAdapter Log => Context.GetLogger().WithContext("component", "client").WithContext("client", _name);

    private StepTimer Step => _step ??= new StepTimer(Timers, () => Now);

    private void Add(AddClient add)
    {
        var replyTo = Sender;
        var mode = add.Mode ?? _settings.Mode;
        if (_state.Phase == ClientPhase.Removed)
        {
            replyTo.Tell(new Rejected($"client {_name} was removed; a removed client is not added again under the same name (its journal keeps the old history), choose another name"), Self);
            return;
        }
        if (Registered)
        {
            replyTo.Tell(string.Equals(_state.Site, add.Site, StringComparison.OrdinalIgnoreCase) && _state.Mode == mode
                ? new ClientAccepted(_name, _state.Site, _state.Mode, _state.StepDueAt ?? Now)
                : new Rejected($"client {_name} already exists (site {_state.Site}, mode {ModeName(_state.Mode)}); choose another name."), Self);
            return;
        }
        var firstCycleAt = Now + (add.FirstCycleIn ?? TimeSpan.Zero);
        Handle(new RegisterClient(Now, add.Site, _settings with { Mode = mode }, _inboxSettings.LockFile,
            SiteServerShares.OfferInbox, ComponentInbox, firstCycleAt));
        DeferAsync(add, _ => replyTo.Tell(new ClientAccepted(_name, _state.Site, _state.Mode, firstCycleAt), Self));
    }

    private void Remove()
    {
        var replyTo = Sender;
        var problem = !Registered ? Unknown().Reason
            : Client.RemovalProblem(_state)
              ?? (_componentSession is not null
                  ? $"client {_name} holds the lock file of {CapPaths.Unc(_state.Cap ?? "?", _state.ComponentInbox)} open while its upgrade waits; force-close it first (the manual remedy's close)"
                  : null);
        if (problem is not null)
        {
            replyTo.Tell(new Rejected(problem), Self);
            return;
        }
        Handle(new UnregisterClient(Now));
        DeferAsync(_name, _ => replyTo.Tell(new RemovedView("client", _name), Self));
    }

    private void Assign(AssignClientUpgrade assign)
    {
        var replyTo = Sender;
        if (!Registered)
        {
            replyTo.Tell(Unknown(), Self);
            return;
        }
        Handle(new AssignComponentUpgrade(Now, assign.Version, assign.Installer));
        DeferAsync(assign, _ => replyTo.Tell(Report(), Self));
    }

    private void Handle(ClientCommand command)
    {
        var events = Client.Decide(_state, command);
        if (events.Count == 0) return;
        PersistAll(events, e =>
        {
            _state = Client.Evolve(_state, e);
            foreach (var line in ClientLog.Lines(_state, e)) Log.Info("{Line}", line);
        });
        DeferAsync(command, _ => Go());
    }

    private void Go(bool timerFired = false)
    {
        var step = Client.Next(_state);
        Step.Go(step, step?.DueAt, () => Perform(step!), timerFired);
    }

    private TimeSpan? Perform(ClientStep step)
    {
        var (shares, name, lockFile, clock, session) = (_shares, _name, _inboxSettings.LockFile, Context.System.Scheduler, _legacySession);
        switch (step)
        {
            case StartCycle:
                Self.Tell(new BeginCycle(Now), Self);
                break;
            case FindCap:
                _regions.InboxManagers.Tell(new EntityEnvelope(_state.Site, GetSiteCaps.Instance), Self);
                break;
            case CheckLock { Mode: ClientMode.Scan } check:
                Task.Run(() => ClientEffects.ScanForLock(shares, check, clock.Now)).PipeToTracked(Context, Self, Self);
                break;
            case CheckLock check:
                Task.Run(() =>
                {
                    var result = ClientEffects.OpenLock(shares, name, check, clock.Now, out var opened);
                    return new LegacyLockCheck(result, opened);
                }).PipeToTracked(Context, Self, Self);
                break;
            case ReleaseLock release:
                _legacySession = null;
                Task.Run(() => ClientEffects.Release(shares, release, session, clock.Now)).PipeToTracked(Context, Self, Self);
                break;
            case ReadOffers read:
                var openLock = _state.Mode == ClientMode.LegacyOpenCheck && _componentSession is null;
                Task.Run(() =>
                {
                    var result = ClientEffects.ReadOffers(shares, name, read, lockFile, clock.Now, openLock, out var opened);
                    return new ComponentInboxRead(result, opened);
                }).PipeToTracked(Context, Self, Self);
                break;
            default:
                throw new InvalidOperationException($"unknown client step {step}");
        }
        return null;
    }

    private void Opened(LegacyLockCheck check)
    {
        if (_state.Phase == ClientPhase.CheckingLock)
        {
            _legacySession = check.Session;
            Handle(check.Result);
            return;
        }
        // A late duplicate (a watchdog's second open): close what it opened rather than hold the lock forever.
        if (check.Result.Handle is { } handle)
        {
            var (shares, clock) = (_shares, Context.System.Scheduler);
            // Tracked like every effect, so the virtual clock settles only once the lock is closed.
            Task.Run(() => ClientEffects.Release(shares, new ReleaseLock(clock.Now, handle), check.Session, clock.Now)).PipeToTracked(Context, ActorRefs.Nobody);
        }
    }

    private void ComponentRead(ComponentInboxRead read)
    {
        if (read.Session is { } opened) _componentSession = opened;
        else if (!read.Result.ComponentLocked && _componentSession is { } stale)
        {
            // The lock is gone, so its handle was closed (a force-close): end the session that held it.
            _componentSession = null;
            var shares = _shares;
            Task.Run(() => shares.Disconnect(stale)).PipeToTracked(Context, ActorRefs.Nobody);
        }
        Handle(read.Result);
    }

    private void SearchCaps(SiteCaps caps)
    {
        if (_state.Phase != ClientPhase.FindingCap) return;
        var (shares, name, clock) = (_shares, _name, Context.System.Scheduler);
        Task.Run(() => ClientEffects.FindReachableCap(shares, name, caps.Caps, clock.Now)).PipeToTracked(Context, Self, Self);
    }

    private string ComponentInbox => _inboxSettings.Inboxes.FirstOrDefault(i => i.StartsWith("clicomp.box", StringComparison.OrdinalIgnoreCase)) ?? "clicomp.box/swdist";

    private ClientReport Report()
        => new(_name, _state.Site, ModeName(_state.Mode), _state.ComponentStatus, _state.ProcessedOffers, _state.Log, _state.Cap);

    private Rejected Unknown() => _state.Phase == ClientPhase.Removed ? new($"client {_name} was removed") : new($"no client named {_name}; add it with: client add {_name} --site <code> [--mode scan|legacy-open-check]");

    private static string ModeName(ClientMode mode) => mode == ClientMode.Scan ? "scan" : "legacy-open-check";
}

/// <summary>A read of the inboxes with the session a legacy client opened on the component inbox's lock file, if it did.</summary>
internal sealed record ComponentInboxRead(OffersRead Result, SessionId? Session);

/// <summary>A legacy check's result with the session that holds the lock file open, if the open succeeded.</summary>
internal sealed record LegacyLockCheck(LockCheckResult Result, SessionId? Session);
