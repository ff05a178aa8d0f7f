using ActorDistribution.Actors.Actor;

namespace ActorDistribution.Benchmarks.Kernel;

/// <summary>Counts messages and signals once it has seen the expected number.</summary>
internal sealed class Counter(int expected, CountdownEvent done) : UntypedActor
{
    private int _seen;

    protected override void OnReceive(object message)
    {
        if (++_seen == expected) done.Signal();
    }
}
