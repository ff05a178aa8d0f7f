namespace ActorDistribution.Actors.Actor;

/// <summary>An actor with one method that receives every message; call <c>Unhandled</c> for the ones it ignores.</summary>
public abstract class UntypedActor : ActorBase
{
    protected internal sealed override bool Receive(object message)
    {
        OnReceive(message);
        return true;
    }

    protected abstract void OnReceive(object message);
}
