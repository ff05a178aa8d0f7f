using ActorDistribution.Actors.Cell;

namespace ActorDistribution.Actors.Actor;

/// <summary>
/// An actor whose behaviour is a list of typed handlers, registered in the constructor or inside
/// <see cref="Become"/>; messages no handler takes go to <see cref="ActorBase.Unhandled"/>.
/// </summary>
public abstract class ReceiveActor : ActorBase
{
    private readonly HandlerSet _initial = new();
    private HandlerSet _registering;

    protected ReceiveActor() => _registering = _initial;

    protected internal sealed override bool Receive(object message)
    {
        if (_initial.TryHandle(message)) return true;
        Unhandled(message);
        return true;
    }

    protected void Receive<T>(Action<T> handler) => _registering.Add(new Handler<T>(handler, null));

    protected void Receive<T>(Predicate<T> shouldHandle, Action<T> handler) => _registering.Add(new Handler<T>(handler, shouldHandle));

    protected void Receive<T>(Action<T> handler, Predicate<T> shouldHandle) => _registering.Add(new Handler<T>(handler, shouldHandle));

    protected void ReceiveAny(Action<object> handler) => _registering.Add(new AnyHandler(handler));

    /// <summary>Handles <typeparamref name="T"/> with an async function; no other message is processed until its task ends.</summary>
    protected void ReceiveAsync<T>(Func<T, Task> handler, Predicate<T>? shouldHandle = null)
        => _registering.Add(new Handler<T>(message => ActorCell.Current!.RunAsync(() => handler(message)), shouldHandle));

    protected void ReceiveAnyAsync(Func<object, Task> handler)
        => _registering.Add(new AnyHandler(message => ActorCell.Current!.RunAsync(() => handler(message))));

    /// <summary>Replaces the current behaviour with the handlers <paramref name="configure"/> registers.</summary>
    protected void Become(Action configure) => Context.Become(Build(configure));

    /// <summary>Pushes a behaviour; <see cref="UnbecomeStacked"/> returns to the one before.</summary>
    protected void BecomeStacked(Action configure) => Context.BecomeStacked(Build(configure));

    protected void UnbecomeStacked() => Context.UnbecomeStacked();

    private Receive Build(Action configure)
    {
        var set = new HandlerSet();
        var previous = _registering;
        _registering = set;
        try { configure(); }
        finally { _registering = previous; }
        return message =>
        {
            if (set.TryHandle(message)) return true;
            Unhandled(message);
            return true;
        };
    }
}
