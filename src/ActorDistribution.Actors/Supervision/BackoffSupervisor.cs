using ActorDistribution.Actors.Actor;
using ActorDistribution.Actors.Timers;

namespace ActorDistribution.Actors.Supervision;

/// <summary>
/// Runs one child and restarts it after growing delays on the system scheduler (so the same on the
/// virtual clock). Messages to the supervisor go to the current child; none while it waits to restart.
/// </summary>
public sealed class BackoffSupervisor : ReceiveActor, IWithTimers
{
    private const string RestartTimer = "restart-child";
    private const string ResetTimer = "reset-backoff";

    private readonly BackoffOptions _options;
    private IActorRef? _child;
    private bool _childFailed;
    private int _restartCount;

    public BackoffSupervisor(BackoffOptions options)
    {
        _options = options;
        Receive<Terminated>(t => t.ActorRef.Equals(_child), OnChildTerminated);
        Receive<StartChild>(_ => StartChildNow());
        Receive<ResetRestartCount>(_ => _restartCount = 0);
        Receive<GetCurrentChild>(_ => Sender.Tell(new CurrentChild(_child), Self));
        Receive<GetRestartCount>(_ => Sender.Tell(new RestartCount(_restartCount), Self));
        ReceiveAny(message =>
        {
            if (_child is not null) _child.Tell(message, Sender);
            else Context.System.DeadLetters.Tell(message, Sender);
        });
    }

    public ITimerScheduler Timers { get; set; } = null!;

    public static Props Props(BackoffOptions options) => Actors.Props.Create(() => new BackoffSupervisor(options));

    protected internal override void PreStart() => StartChildNow();

    protected internal override SupervisorStrategy SupervisorStrategy() => _options.Mode == BackoffMode.OnFailure
        ? new OneForOneStrategy(_ =>
        {
            _childFailed = true;  // stop now; the restart comes after the backoff delay
            return Directive.Stop;
        })
        : Supervision.SupervisorStrategy.Default;

    private void StartChildNow()
    {
        _childFailed = false;
        _child = Context.Watch(Context.ActorOf(_options.ChildProps, _options.ChildName));
        if (_options.ResetBackoff is { } reset) Timers.StartSingleTimer(ResetTimer, ResetRestartCount.Instance, reset);
    }

    private void OnChildTerminated(Terminated terminated)
    {
        _child = null;
        Timers.Cancel(ResetTimer);
        var restart = _options.Mode == BackoffMode.OnStop || _childFailed;
        var budgetLeft = _options.MaxNrOfRetries < 0 || _restartCount < _options.MaxNrOfRetries;
        if (!restart || !budgetLeft)
        {
            Context.Stop(Self);
            return;
        }
        Timers.StartSingleTimer(RestartTimer, StartChild.Instance, _options.DelayFor(_restartCount));
        _restartCount++;
    }

    /// <summary>Asks for the running child (<see cref="CurrentChild"/>, null while waiting to restart).</summary>
    public sealed class GetCurrentChild
    {
        public static readonly GetCurrentChild Instance = new();
    }

    public sealed record CurrentChild(IActorRef? Ref);

    /// <summary>Asks how many restarts happened since the last reset (<see cref="RestartCount"/>).</summary>
    public sealed class GetRestartCount
    {
        public static readonly GetRestartCount Instance = new();
    }

    public sealed record RestartCount(int Count);

    private sealed class StartChild
    {
        public static readonly StartChild Instance = new();
    }

    private sealed class ResetRestartCount
    {
        public static readonly ResetRestartCount Instance = new();
    }
}
