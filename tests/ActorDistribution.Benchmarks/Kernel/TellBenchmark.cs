using ActorDistribution.Actors;
using BenchmarkDotNet.Attributes;

namespace ActorDistribution.Benchmarks.Kernel;

/// <summary>The full BenchmarkDotNet run (<c>-- bdn</c>): delivering a burst of messages to one actor and to many.</summary>
[MemoryDiagnoser]
public class TellBenchmark
{
    private const int Messages = 100_000;
    private ActorSystem _system = null!;

    [GlobalSetup]
    public void Setup() => _system = ActorSystem.Create("bdn");

    [GlobalCleanup]
    public void Cleanup() => _system.Dispose();

    [Benchmark(OperationsPerInvoke = Messages)]
    public void TellOneActor()
    {
        using var done = new CountdownEvent(1);
        var target = _system.ActorOf(Props.Create(() => new Counter(Messages, done)));
        for (var i = 0; i < Messages; i++) target.Tell(i, null);
        done.Wait();
        _system.Stop(target);
    }

    [Benchmark(OperationsPerInvoke = Messages)]
    public void TellHundredActors()
    {
        using var done = new CountdownEvent(100);
        var targets = Enumerable.Range(0, 100).Select(_ => _system.ActorOf(Props.Create(() => new Counter(Messages / 100, done)))).ToArray();
        for (var i = 0; i < Messages; i++) targets[i % 100].Tell(i, null);
        done.Wait();
        foreach (var target in targets) _system.Stop(target);
    }
}
