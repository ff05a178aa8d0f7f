using Akka.Persistence;
using Akka.Persistence.Journal;

namespace ActorDistribution.Benchmarks.Persistence;

/// <summary>
/// Told "go", persists <c>events</c> tagged events as the product does: with <c>batch</c> = 1 one Persist after
/// another (each after the last is written), otherwise PersistAll batches of that size, the next after the last.
/// Signals <c>recovered</c> once its (empty) recovery is done and <c>done</c> once all its events are written.
/// </summary>
internal sealed class BenchWriter : ReceivePersistentActor
{
    private readonly int _events;
    private readonly int _batch;
    private readonly CountdownEvent _done;

    public BenchWriter(string persistenceId, int events, int batch, CountdownEvent recovered, CountdownEvent done)
    {
        PersistenceId = persistenceId;
        _events = events;
        _batch = batch;
        _done = done;
        Recover<RecoveryCompleted>(_ => recovered.Signal());
        Recover<BenchEvent>(_ => { });
        Command<string>(_ => PersistNext());
    }

    public override string PersistenceId { get; }

    private void PersistNext()
    {
        var first = LastSequenceNr + 1;
        var count = (int)Math.Min(_batch, _events - LastSequenceNr);
        var last = first + count - 1;
        if (count == 1)
        {
            Persist(Tag(first), _ => Continue(last));
            return;
        }
        PersistAll(Enumerable.Range(0, count).Select(i => Tag(first + i)), _ => Continue(last));
    }

    private void Continue(long lastOfBatch)
    {
        if (LastSequenceNr < lastOfBatch) return;
        if (LastSequenceNr < _events) PersistNext();
        else _done.Signal();
    }

    private static Tagged Tag(long sequenceNr) => new(BenchEvent.For(sequenceNr), BenchEvent.Tags);
}
