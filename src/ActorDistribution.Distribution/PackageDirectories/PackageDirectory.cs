using ActorDistribution.Distribution.Jobs;
using ActorDistribution.Distribution.Packages;
using ActorDistribution.Distribution.Requests;
using ActorDistribution.Distribution.Runtime;
using ActorDistribution.Distribution.Servers;
using ActorDistribution.Distribution.SiteDespoolers;
using ActorDistribution.Runtime.Time;
using Akka.Actor;
using Akka.Event;
using Akka.Persistence;

namespace ActorDistribution.Distribution.PackageDirectories;

/// <summary>
/// One package directory (pkgdir/SERVER/PACKAGE): a thin shell around <see cref="PackageDirectoryEscalation"/>.
/// After each write it performs the state's pending effect off the actor (a task whose result comes back as a
/// message), or arms its one timer for the state's next due time. Recovery re-runs the pending effect or
/// re-arms the timer, so a restart keeps every original due time. Copy failures (source missing, disk full,
/// a file locked mid-copy) come back as <see cref="CopyFailed"/> and the escalation decides the retry;
/// any other step the share host refuses is retried after a minute.
/// When a delivery ends (or another job's delivery replaces it unfinished) the directory tells the job it
/// served (<see cref="DeliverySettled"/>), and answers a recovering job's <see cref="GetDeliveryOutcome"/>.
/// </summary>
public sealed class PackageDirectory : DomainActor, IWithTimers
{
    private const string DueTimerKey = "due";
    private const string RetryStepKey = "retry-step";
    private static readonly TimeSpan StepRetryDelay = TimeSpan.FromMinutes(1);

    private readonly string _server;
    private readonly string _package;
    private readonly IActorRef _packages;
    private readonly IActorRef _jobs;
    private readonly IActorRef _dueIndex;
    private readonly Dictionary<string, TargetOutcome> _settled = new(StringComparer.OrdinalIgnoreCase);
    private readonly ILoggingAdapter _log;
    private readonly HashSet<(DateTimeOffset At, string? Version, string? JobId)> _requestsSeen = [];
    private PackageDirectoryState _state = PackageDirectoryState.Initial;
    private bool _performing;
    // What the due index was last told (null: nothing yet this incarnation); it is told again only on a change.
    private object? _reported;

    /// <param name="entityId">SERVER/PACKAGE.</param>
    /// <param name="packages">The package region, asked for a version's source directory at copy time.</param>
    /// <param name="jobs">The job region, told how each job's delivery here ended.</param>
    /// <param name="dueIndex">The due index of package directories (<see cref="DueIndex"/>), told every change of what this directory waits for; Nobody without one.</param>
    public PackageDirectory(string entityId, IActorRef packages, IActorRef jobs, IActorRef? dueIndex = null)
    {
        _dueIndex = dueIndex ?? ActorRefs.Nobody;
        (_server, _package) = PackageDirectoryShares.Parse(entityId);
        _packages = packages;
        _jobs = jobs;
        PersistenceId = PersistenceIds.PackageDirectory(_server, _package);
        _log = Context.GetLogger().WithContext("component", "despooler").WithContext("server", _server).WithContext("package", _package);

        Recover<SnapshotOffer>(offer =>
        {
            if (offer.Snapshot is not PackageDirectorySnapshot snapshot) return;
            _state = snapshot.State;
            foreach (var settled in snapshot.Settled) _settled[settled.JobId] = settled.Outcome;
            foreach (var seen in snapshot.RequestsSeen) _requestsSeen.Add((seen.At, seen.Version, seen.JobId));
        });
        Recover<PackageDirectoryEvent>(e =>
        {
            RememberRequest(e);
            Settle(e, tell: false);
            _state = PackageDirectoryEscalation.Evolve(_state, e);
        });
        Recover<RecoveryCompleted>(_ => Proceed());

        Command<EffectPerformed>(done =>
        {
            _performing = false;
            Handle(done.Result);
        });
        Command<EffectFailed>(failed =>
        {
            _performing = false;
            _log.Warning("{Directory}: {Effect} failed, retrying in {Delay}: {Reason}", Directory, failed.Effect.GetType().Name, StepRetryDelay, failed.Reason);
            Timers.StartSingleTimer(RetryStepKey, RetryStep.Instance, StepRetryDelay);
        });
        Command<RetryStep>(_ => Proceed());
        Command<DueTimerFired>(fired =>
        {
            if (fired.Timer == _state.NextDue) Handle(fired.Timer.Fire(Context.System.Scheduler.Now));
        });
        Command<PackageDirectoryCommand>(Handle);
        Command<GetInstallStatus>(_ => Sender.Tell(
            new InstallStatusReport(_server, _package, _state.Status, _state.Phase != PackageDirectoryPhase.Idle, _state.Phase, _state.JobId, _state.Escalation), Self));
        Command<GetDeliveryOutcome>(ask => Sender.Tell(
            _settled.TryGetValue(ask.JobId, out var outcome) ? new DeliverySettled(ask.JobId, _server, outcome) : new DeliveryUnsettled(ask.JobId, _server), Self));
        Command<WakeUp>(_ => { });
    }

    public override string PersistenceId { get; }

    public ITimerScheduler Timers { get; set; } = null!;

    private string Directory => $"{_server}/{_package}";

    protected override bool Passivates => true;

    /// <summary>
    /// No step to perform or retry; a directory waiting for a due time may stop too when the due index holds that time
    /// (it wakes the directory then), else it stays awake for it.
    /// </summary>
    protected override bool IsIdle => _state.PendingEffect is null && !_performing && !Timers.IsTimerActive(RetryStepKey)
                                      && (_state.NextDue is null || !_dueIndex.IsNobody());

    protected override object Snapshot() => new PackageDirectorySnapshot(_state,
        _settled.Select(s => new SettledDelivery(s.Key, s.Value)).ToList(),
        _requestsSeen.Select(r => new SeenRequest(r.At, r.Version, r.JobId)).ToList());

    public static Props Props(string entityId, IActorRef packages, IActorRef jobs, IActorRef? dueIndex = null) =>
        Akka.Actor.Props.Create(() => new PackageDirectory(entityId, packages, jobs, dueIndex));

    private void Handle(PackageDirectoryCommand command)
    {
        if (IsRepeat(command))
        {
            _log.Debug("{Directory}: {Command} of {At} was already received", Directory, command.GetType().Name, command.At);
            Took(command, Sender);
            return;
        }

        var events = PackageDirectoryEscalation.Decide(_state, command);
        if (events.Count == 0)
        {
            Took(command, Sender);
            // Stale or repeated: the state already moved on. A step still owed is tried again rather than left hanging.
            if (!_performing && _state.PendingEffect is { } owed && command is not (Install or Remove or AttemptDue or ForceCloseDue))
            {
                _log.Warning("{Directory}: {Result} did not fit {Phase}; performing {Effect} again in {Delay}", Directory, command.GetType().Name, _state.Phase, owed.GetType().Name, StepRetryDelay);
                Timers.StartSingleTimer(RetryStepKey, RetryStep.Instance, StepRetryDelay);
            }

            return;
        }

        var last = events[^1];
        var sender = Sender;
        PersistAll(events, e =>
        {
            RememberRequest(e);
            Settle(e, tell: true);
            _state = PackageDirectoryEscalation.Evolve(_state, e);
            SnapshotIfDue();
            if (!ReferenceEquals(e, last)) return;
            _log.Info("{Directory}: {Events} -> {Status}", Directory, string.Join(", ", events.Select(written => written.GetType().Name)), _state.Status.Display);
            Proceed();
            Took(command, sender);
        });
    }

    /// <summary>
    /// Tells the despooler that sent a request that this directory holds it (written, or seen before), so its restarts stop
    /// sending it again. Only with a due index: without one, that repeat is what resumes this directory after a node start.
    /// Sent after the due index was told what this directory now waits for.
    /// </summary>
    private void Took(PackageDirectoryCommand command, IActorRef sender)
    {
        if (_dueIndex.IsNobody() || sender.IsNobody() || sender.Equals(Context.System.DeadLetters)) return;
        var job = command switch
        {
            Install install => install.JobId,
            Remove remove => remove.JobId,
            _ => null,
        };
        if (job is not null) sender.Tell(new DirectoryTookDispatch(PackageDirectoryShares.EntityId(_server, _package), job), Self);
    }

    /// <summary>
    /// A despooler sends its last order again after a restart, in case the first was lost; the dispatch time and
    /// version tell a repeat, which must not restart a delivery (and its x·(y+1)+z clock) already under way.
    /// The job id is part of it: two jobs of one version dispatched at the same instant are two requests; a
    /// request recorded before job ids were (null) still matches its repeat, which now names its job.
    /// </summary>
    private bool IsRepeat(PackageDirectoryCommand command) => command switch
    {
        Install install => Seen(install.At, install.Version, install.JobId),
        Remove remove => Seen(remove.At, null, remove.JobId),
        _ => false,
    };

    /// <summary>Records the job outcomes this event settles (the first one per job counts) and, live, tells those jobs.</summary>
    private void Settle(PackageDirectoryEvent @event, bool tell)
    {
        foreach (var (job, outcome) in DeliverySettlements.Of(_state, @event))
        {
            if (!_settled.TryAdd(job, outcome)) continue;
            if (tell) _jobs.Tell(new EntityEnvelope(job, new DeliverySettled(job, _server, outcome)), Self);
        }
    }

    private bool Seen(DateTimeOffset at, string? version, string? job) =>
        _requestsSeen.Contains((at, version, job)) || _requestsSeen.Contains((at, version, null));

    private void RememberRequest(PackageDirectoryEvent @event)
    {
        switch (@event)
        {
            case DeliveryRequested requested:
                _requestsSeen.Add((requested.At, requested.Version, requested.JobId));
                break;
            case RemovalRequested removal:
                _requestsSeen.Add((removal.At, null, removal.JobId));
                break;
            case RequestQueued queued:
                _requestsSeen.Add((queued.At, queued.Request.Version, queued.Request.JobId));
                break;
        }
    }

    /// <summary>The actor contract of the core: perform the pending effect, else keep one timer armed for the next due time.</summary>
    private void Proceed()
    {
        ReportDue();
        if (_state.PendingEffect is { } effect)
        {
            Timers.Cancel(DueTimerKey);
            if (!_performing) Perform(effect);
            return;
        }

        if (_state.NextDue is not { } due)
        {
            Timers.Cancel(DueTimerKey);
            return;
        }

        var delay = due.At - Context.System.Scheduler.Now;
        if (delay <= TimeSpan.Zero)
        {
            Timers.Cancel(DueTimerKey);
            Self.Tell(new DueTimerFired(due), Self);
        }
        else
        {
            Timers.StartSingleTimer(DueTimerKey, new DueTimerFired(due), delay);
        }
    }

    /// <summary>Tells the due index what this directory waits for: now (a step in flight), its next due time, or nothing.</summary>
    private void ReportDue()
    {
        if (_dueIndex.IsNobody()) return;
        var id = PackageDirectoryShares.EntityId(_server, _package);
        object report = _state.PendingEffect is not null ? new DueAt(id, Context.System.Scheduler.Now)
            : _state.NextDue is { } due ? new DueAt(id, due.At)
            : new NothingDue(id);
        // A step in flight is reported once, at its start; its time does not move while it runs.
        if (report is DueAt && _reported is DueAt { } before && _state.PendingEffect is not null && before.At <= Context.System.Scheduler.Now) return;
        if (Equals(report, _reported)) return;
        _reported = report;
        _dueIndex.Tell(report, Self);
    }

    private void Perform(PackageDirectoryEffect effect)
    {
        _performing = true;
        var scheduler = Context.System.Scheduler;
        var effects = new PackageDirectoryEffects(
            DistributionRuntime.Get(Context.System).Shares,
            PackageDirectoryShares.Address(_server, _package),
            () => scheduler.Now,
            SourceReader(_packages, _package));
        Task.Run(() => effects.PerformAsync(effect)).PipeToTracked(Context, Self, Self,
            result => new EffectPerformed(result),
            problem => effect is CopyPackageFiles
                ? new EffectPerformed(new CopyFailed(scheduler.Now, CopyFailures.Describe(problem)))
                : new EffectFailed(effect, problem.Message));
    }

    /// <summary>Reads the files of a version from its source directory, asking the package where that is (once per copy).</summary>
    private static PackageSourceReader SourceReader(IActorRef packages, string package)
    {
        var sources = new Dictionary<string, Task<string?>>(StringComparer.Ordinal);
        return async (version, path) =>
        {
            if (!sources.TryGetValue(version, out var source)) sources[version] = source = SourceOf(version);
            return await source.ConfigureAwait(false) is { } directory ? PackageManifest.OpenSource(directory, path) : null;
        };

        async Task<string?> SourceOf(string version)
        {
            var reply = await EntityAsk.AskAgainAsync(packages, new EntityEnvelope(package, new GetPackageVersion(version))).ConfigureAwait(false);
            return (reply as PackageVersionView)?.Source;
        }
    }
}
