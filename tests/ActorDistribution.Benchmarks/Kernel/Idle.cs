using ActorDistribution.Actors.Actor;

namespace ActorDistribution.Benchmarks.Kernel;

/// <summary>The smallest useful actor: it handles messages and keeps no state.</summary>
internal sealed class Idle : UntypedActor
{
    protected override void OnReceive(object message) { }
}
