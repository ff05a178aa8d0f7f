using Akka.Persistence;

namespace ActorDistribution.Benchmarks.Persistence;

/// <summary>A persistent actor that only recovers: it counts replayed events and signals when recovery completes.</summary>
internal sealed class BenchRecoverer : ReceivePersistentActor
{
    private long _replayed;

    public BenchRecoverer(string persistenceId, CountdownEvent done, Action<long> replayed)
    {
        PersistenceId = persistenceId;
        Recover<BenchEvent>(_ => _replayed++);
        Recover<RecoveryCompleted>(_ =>
        {
            replayed(_replayed);
            done.Signal();
        });
    }

    public override string PersistenceId { get; }
}
