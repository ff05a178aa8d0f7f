using ActorDistribution.Distribution.Caps;
using ActorDistribution.Distribution.InboxManagers;
using ActorDistribution.Distribution.Runtime;
using ActorDistribution.Distribution.StuckLockRemedies;
using ActorDistribution.Runtime.Time;
using ActorDistribution.Shares;
using Akka.Actor;
using Akka.Event;
using Akka.Persistence;

namespace ActorDistribution.Distribution.Inboxes;

/// <summary>
/// One CAP inbox (persistence id <c>inbox/CAP/INBOX</c>), a child of its <see cref="CapActor"/>: the thin
/// actor around <see cref="Inbox"/>. It persists the core's events, performs the step the state owes
/// (lock, copy, delete) off the cell, and reports the end of an update, and a lock left behind, to its CAP.
/// A copy keeps the lock in place at least <c>copy-duration</c>.
/// </summary>
public sealed class InboxActor : DomainActor, IWithTimers
{
    private readonly CapInbox _address;
    private readonly string _site;
    private readonly ShareAddress _siteShare;
    private readonly ShareAddress _capShare;
    private readonly InboxManagerSettings _settings;
    private readonly IShareHost _shares;
    private InboxState _state;
    private StepTimer? _step;
    private (DateTimeOffset DueAt, DateTimeOffset ReadyAt)? _copy;

    public InboxActor(CapInbox address, string site)
    {
        _address = address;
        _site = site;
        _siteShare = SiteServerShares.Inboxes(site);
        _capShare = CapShares.Address(address.Cap);
        var runtime = DistributionRuntime.Get(Context.System);
        _settings = InboxManagerSettings.From(runtime.Config);
        _shares = runtime.Shares;
        _state = Inbox.Initial(address);

        Recover<InboxEvent>(e => _state = Inbox.Evolve(_state, e));
        Recover<RecoveryCompleted>(_ => AfterChange());

        Command<ReplicateInbox>(order =>
        {
            // The manager re-sends its orders after a restart; one already finished is reported finished again, not run again.
            if (Inbox.IsRepeatOfFinished(_state, order)) Context.Parent.Tell(new InboxUpdateFinished(Now, _address, _state.LockLeft), Self);
            else Handle(order with { At = Now });
        });
        Command<InboxCommand>(Handle);
        Command<StepTimer.Due>(_ => Go(timerFired: true));
        Command<Status.Failure>(f => Log.Warning(f.Cause, "{Inbox}: a step failed; it is tried again", _address));
        Command<WakeUp>(_ => { });
    }

    public ITimerScheduler Timers { get; set; } = null!;

    public override string PersistenceId => PersistenceIds.Inbox(_address.Cap, _address.Inbox);

    protected override IReadOnlyList<string> TagsFor(object @event) => [$"site:{_site}"];

    public static Props Props(CapInbox address, string site) => Akka.Actor.Props.Create(() => new InboxActor(address, site));

    private DateTimeOffset Now => Context.System.Scheduler.Now;

    private new ILoggingAdapter Log => Context.GetLogger().WithContext("component", "inbox-manager").WithContext("cap", _address.Cap).WithContext("inbox", _address.Inbox);

    private StepTimer Step => _step ??= new StepTimer(Timers, () => Now);

    private void Handle(InboxCommand command)
    {
        var events = Inbox.Decide(_state, command);
        if (events.Count == 0) return;
        PersistAll(events, e =>
        {
            _state = Inbox.Evolve(_state, e);
            Report(e);
        });
        DeferAsync(command, _ => AfterChange());
    }

    private void AfterChange()
    {
        Context.Parent.Tell(new InboxStateChanged(_state), Self);
        Go();
    }

    private void Go(bool timerFired = false)
    {
        var step = Inbox.Next(_state);
        Step.Go(step, step?.DueAt, () => Perform(step!), timerFired);
    }

    private void Report(InboxEvent e)
    {
        switch (e)
        {
            case LockDeleteFailed failed:
                Log.Warning("{Inbox}: delete {Attempt} of the lock file failed: {Reason}", _address, failed.Attempt, failed.Reason);
                break;
            case LockDeleted deleted:
                Log.Info("{Inbox}: lock file deleted at attempt {Attempt}", _address, deleted.Attempt);
                Context.Parent.Tell(new InboxUpdateFinished(e.At, _address, false), Self);
                break;
            case InboxLockCreateFailed failed:
                Log.Warning("{Inbox}: the lock file could not be created: {Reason}", _address, failed.Reason);
                Context.Parent.Tell(new InboxUpdateFinished(e.At, _address, false), Self);
                break;
            case LockLeft left:
                Log.Error("{Inbox}: lock file left in place after {Attempts} failed delete(s)", _address, left.Attempts);
                Context.Parent.Tell(new InboxUpdateFinished(e.At, _address, true), Self);
                Context.Parent.Tell(new ReportLockLeft(e.At, _address), Self);
                break;
        }
    }

    private TimeSpan? Perform(InboxStep step)
    {
        var shares = _shares;
        var clock = Context.System.Scheduler;
        var (site, cap, inbox, lockFile) = (_siteShare, _capShare, _address.Inbox, _settings.LockFile);
        switch (step)
        {
            case CreateLock:
                Task.Run(() => InboxEffects.CreateLock(shares, cap, inbox, lockFile, clock.Now)).PipeToTracked(Context, Self, Self);
                return null;
            case CopyFiles copy:
                // The lock stays in place while the copy "takes" its duration; the files land at its end.
                var duration = _settings.CopyDuration ?? TimeSpan.Zero;
                if (copy.Files.Count > 0 && duration > TimeSpan.Zero)
                {
                    if (_copy is not { } started || started.DueAt != copy.DueAt) _copy = (copy.DueAt, Now + duration);
                    var wait = _copy.Value.ReadyAt - Now;
                    if (wait > TimeSpan.Zero) return wait;
                }
                _copy = null;
                var files = copy.Files;
                Task.Run(() => InboxEffects.CopyFiles(shares, site, cap, inbox, files, clock.Now)).PipeToTracked(Context, Self, Self);
                return null;
            case DeleteLock:
                Task.Run(() => InboxEffects.DeleteLock(shares, cap, inbox, lockFile, clock.Now)).PipeToTracked(Context, Self, Self);
                return null;
            default:
                throw new InvalidOperationException($"unknown inbox step {step}");
        }
    }
}
