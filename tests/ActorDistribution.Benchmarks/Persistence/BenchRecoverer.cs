using ActorDistribution.Persistence.Actor;

namespace ActorDistribution.Benchmarks.Persistence;

/// <summary>A persistent actor that only recovers: it counts replayed events and reports when recovery completes.</summary>
internal sealed class BenchRecoverer : ReceivePersistentActor
{
    private long _replayed;

    public BenchRecoverer(string persistenceId, TaskCompletionSource<long> done)
    {
        PersistenceId = persistenceId;
        Recover<BenchEvent>(_ => _replayed++);
        Recover<RecoveryCompleted>(_ => done.TrySetResult(_replayed));
    }

    public override string PersistenceId { get; }
}
