using ActorDistribution.Distribution.Gateway;
using ActorDistribution.Distribution.Requests;
using ActorDistribution.Distribution.Runtime;
using ActorDistribution.Runtime.Time;
using Akka.Actor;
using Akka.Event;
using Akka.Persistence;

namespace ActorDistribution.Distribution.StuckLockRemedies;

/// <summary>
/// The stuck-lock supervisor of one site (persistence id <c>stuck-lock/SITE</c>): the thin actor around
/// <see cref="StuckLockSupervisor"/>. Watching starts when the site's inbox manager starts (never before:
/// a manager nobody started is nobody's to restart). Every step it owes is asked of the site's
/// <see cref="InboxManagerActor"/>, which answers with the result the core expects; the close is done
/// there, in the manager's cell, so the guard against closing during a write cannot race. After a
/// restart the actor resumes at the step its journal ends in.
/// </summary>
public sealed class StuckLockSupervisorActor : DomainActor, IWithTimers
{
    private readonly string _site;
    private readonly InboxRegions _regions;
    private StuckLockState _state;
    private StepTimer? _step;

    public StuckLockSupervisorActor(string site, InboxRegions regions)
    {
        _site = site;
        _regions = regions;
        _state = StuckLockSupervisor.Initial(site);

        Recover<StuckLockEvent>(e => _state = StuckLockSupervisor.Evolve(_state, e));
        Recover<RecoveryCompleted>(_ => Go());

        Command<WatchLocks>(watch => Handle(watch with { At = Now }));
        Command<ReportLockLeft>(left => Handle(left with { At = Now }));
        Command<StuckLockCommand>(Handle);
        Command<GetRemedyStatus>(_ => Sender.Tell(Report(), Self));
        Command<StepTimer.Due>(_ => Go(timerFired: true));
        Command<InboxManagerRecovered>(_ => Go(timerFired: true));
        Command<WakeUp>(_ => { });
    }

    public ITimerScheduler Timers { get; set; } = null!;

    public override string PersistenceId => PersistenceIds.StuckLockSupervisor(_site);

    protected override IReadOnlyList<string> TagsFor(object @event) => [$"site:{_site}"];

    public static Props Props(string site, InboxRegions regions) => Akka.Actor.Props.Create(() => new StuckLockSupervisorActor(site, regions));

    private DateTimeOffset Now => Context.System.Scheduler.Now;

    private new ILoggingAdapter Log => Context.GetLogger().WithContext("component", "inbox-manager").WithContext("site", _site);

    private StepTimer Step => _step ??= new StepTimer(Timers, () => Now);

    private void Handle(StuckLockCommand command)
    {
        var events = StuckLockSupervisor.Decide(_state, command);
        if (events.Count == 0) return;
        PersistAll(events, e =>
        {
            _state = StuckLockSupervisor.Evolve(_state, e);
            Announce(e);
        });
        DeferAsync(command, _ => Go());
    }

    private void Go(bool timerFired = false)
    {
        var step = StuckLockSupervisor.Next(_state);
        Step.Go(step, step?.DueAt, () =>
        {
            _regions.InboxManagers.Tell(new EntityEnvelope(_site, step!), Self);
            return null;
        }, timerFired);
    }

    private void Announce(StuckLockEvent e)
    {
        switch (e)
        {
            case StuckLockDetected detected:
                Log.Warning("Site {Site}: stuck lock(s) {Locks} ({Reason}); remedy round 1 starts", _site, string.Join(", ", detected.Locks), detected.Reason);
                break;
            case RemedyHeldForWrite held:
                Log.Info("Site {Site}: remedy held, the inbox manager still writes {Writing}", _site, string.Join(", ", held.Writing));
                break;
            case CapConnectionsClosed closed:
                Log.Warning("Site {Site}: closed {Handles} open file(s) on CAP {Cap} ({Users})", _site, closed.ClosedHandles, closed.Cap, string.Join(", ", closed.Users));
                break;
            case StuckLockCleared cleared:
                Log.Info("Site {Site}: stuck lock(s) cleared in round {Round}", _site, cleared.Round);
                break;
            case StuckLockAlarmed alarmed:
                Log.Error("Site {Site}: lock(s) {Locks} still present after {Rounds} remedy round(s); an operator must act", _site, string.Join(", ", alarmed.Remaining), alarmed.Rounds);
                break;
        }
    }

    private RemedyReport Report()
        => new(_site, _state.Step, _state.Round, _state.Locks.Select(l => l.ToString()).ToList(), _state.ClosedCaps, _state.StepDueAt, _state.Alarm);
}
