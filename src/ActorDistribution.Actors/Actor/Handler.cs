namespace ActorDistribution.Actors.Actor;

/// <summary>One registered handler: a message type, an optional predicate, and what to do.</summary>
internal abstract class Handler
{
    public abstract bool TryHandle(object message);
}

/// <summary>A handler for messages of type <typeparamref name="T"/>.</summary>
internal sealed class Handler<T>(Action<T> handle, Predicate<T>? shouldHandle) : Handler
{
    public override bool TryHandle(object message)
    {
        if (message is not T typed || (shouldHandle is not null && !shouldHandle(typed))) return false;
        handle(typed);
        return true;
    }
}
