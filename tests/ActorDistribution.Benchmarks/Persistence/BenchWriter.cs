using ActorDistribution.Persistence.Actor;

namespace ActorDistribution.Benchmarks.Persistence;

/// <summary>A persistent actor that, told to start, persists its events one after another (each after the last is written).</summary>
internal sealed class BenchWriter : ReceivePersistentActor
{
    private readonly int _events;
    private readonly CountdownEvent _done;

    public BenchWriter(string persistenceId, int events, CountdownEvent done)
    {
        PersistenceId = persistenceId;
        _events = events;
        _done = done;
        Command<string>(_ => PersistNext());
    }

    public override string PersistenceId { get; }

    private void PersistNext() => Persist(new BenchEvent("OFFICE97", "NTSRV1", (int)(LastSequenceNr % 10), LastSequenceNr), _ =>
    {
        if (LastSequenceNr < _events) PersistNext();
        else _done.Signal();
    });
}
