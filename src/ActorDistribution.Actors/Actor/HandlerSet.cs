namespace ActorDistribution.Actors.Actor;

/// <summary>The ordered message handlers of one behaviour of a <see cref="ReceiveActor"/>; the first match wins.</summary>
internal sealed class HandlerSet
{
    private readonly List<Handler> _handlers = new(2);

    public void Add(Handler handler) => _handlers.Add(handler);

    public bool TryHandle(object message)
    {
        var handlers = _handlers;
        for (var i = 0; i < handlers.Count; i++)
            if (handlers[i].TryHandle(message)) return true;
        return false;
    }
}
