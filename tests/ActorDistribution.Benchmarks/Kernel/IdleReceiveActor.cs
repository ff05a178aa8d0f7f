using ActorDistribution.Actors.Actor;

namespace ActorDistribution.Benchmarks.Kernel;

/// <summary>A typical small domain actor: a ReceiveActor with one handler.</summary>
internal sealed class IdleReceiveActor : ReceiveActor
{
    public IdleReceiveActor() => Receive<string>(_ => { });
}
