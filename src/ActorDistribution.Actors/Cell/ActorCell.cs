using ActorDistribution.Actors.Actor;
using ActorDistribution.Actors.Stash;
using ActorDistribution.Actors.Timers;

namespace ActorDistribution.Actors.Cell;

/// <summary>
/// The runtime of one actor: its mailbox, current instance, children, watchers and supervision state.
/// It owns no thread: a message to an idle cell schedules it on the thread pool. Split by concern
/// into partial files (dispatch, lifecycle, supervision, death watch, children, async).
/// </summary>
internal sealed partial class ActorCell : IActorContext
{
    [ThreadStatic] private static ActorCell? _running;

    private readonly ActorSystem _system;
    private readonly Props _props;
    private readonly ActorCell? _parent;
    private readonly LocalActorRef _self;
    private ActorBase? _actor;
    private Envelope? _currentEnvelope;
    private CellExtras? _extras;

    public ActorCell(ActorSystem system, Props props, ActorCell? parent, ActorPath path)
    {
        _system = system;
        _props = props;
        _parent = parent;
        _self = new LocalActorRef(this, path);
    }

    /// <summary>The cell whose actor runs on this thread right now, if any.</summary>
    public static ActorCell? Current => _running;

    public IActorRef Self => _self;
    public IActorRef Sender => _currentEnvelope?.Sender ?? _system.DeadLetters;
    public IActorRef Parent => _parent is null ? ActorRefs.Nobody : _parent.Self;
    public ActorSystem System => _system;
    public Envelope? CurrentEnvelope => _currentEnvelope;
    public ActorSystem SystemImpl => _system;

    private CellExtras Extras => _extras ??= new CellExtras();

    public ITimerScheduler Timers => Extras.Timers ??= new TimerScheduler(_self, _system.Scheduler);

    public IStash Stash => Extras.Stash ??= new UnboundedStash(this);

    public void Become(Receive receive)
    {
        var behaviors = Extras.Behaviors ??= new Stack<Receive>();
        if (behaviors.Count > 0) behaviors.Pop();
        behaviors.Push(receive);
    }

    public void BecomeStacked(Receive receive) => (Extras.Behaviors ??= new Stack<Receive>()).Push(receive);

    public void UnbecomeStacked()
    {
        if (_extras?.Behaviors is { Count: > 0 } behaviors) behaviors.Pop();
    }

    /// <summary>Publishes an unhandled message; an unhandled <see cref="Terminated"/> fails the actor (a death pact).</summary>
    public void Unhandled(object message)
    {
        if (message is Terminated terminated) throw new Supervision.DeathPactException(terminated.ActorRef);
        _system.EventStream.Publish(new Events.UnhandledMessage(message, _currentEnvelope?.Sender, _self));
    }

    public override string ToString() => _self.Path.ToString();
}
