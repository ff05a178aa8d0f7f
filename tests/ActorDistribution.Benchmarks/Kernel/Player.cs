using ActorDistribution.Actors;
using ActorDistribution.Actors.Actor;

namespace ActorDistribution.Benchmarks.Kernel;

/// <summary>One side of ping-pong: returns each ball to its sender until the rally is over.</summary>
internal sealed class Player(int roundTrips, TaskCompletionSource done) : UntypedActor
{
    private int _returned;

    protected override void OnReceive(object message)
    {
        if (message is IActorRef opponent)
        {
            opponent.Tell(0, Self);  // serve
            return;
        }
        if (++_returned == roundTrips) done.TrySetResult();
        else Context.Sender.Tell(message, Self);
    }
}
