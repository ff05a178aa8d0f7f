using ActorDistribution.Actors.Actor;

namespace ActorDistribution.Actors.Tests;

/// <summary>Replies with whatever it gets.</summary>
public sealed class Echo : ReceiveActor
{
    public Echo() => ReceiveAny(m => Sender.Tell(m, Self));
}
