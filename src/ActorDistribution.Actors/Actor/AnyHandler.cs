namespace ActorDistribution.Actors.Actor;

/// <summary>A handler that takes every message (ReceiveAny).</summary>
internal sealed class AnyHandler(Action<object> handle) : Handler
{
    public override bool TryHandle(object message)
    {
        handle(message);
        return true;
    }
}
