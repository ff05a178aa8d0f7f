using Akka.Event;
using ActorDistribution.Runtime.Serialization;
using Akka.Persistence;

namespace ActorDistribution.Runtime.Time;

/// <summary>
/// A <see cref="ReceivePersistentActor"/> that tells the virtual clock what it waits for: a recovery from
/// its start until replay ends, and each persisted event from the call until its handler ran. The
/// journal's write runs on tasks no dispatcher sees, so without this a clock could move on while an
/// event is still on its way to the database. On the wall clock the counting is skipped.
/// A failed recovery is logged loudly, naming the persistence id and the sequence number that failed.
/// </summary>
public abstract class TrackedPersistentActor : ReceivePersistentActor
{
    private readonly Activity? _activity = (Context.System.Scheduler as VirtualScheduler)?.Activity;
    private bool _recovering;
    private int _persisting;

    protected TrackedPersistentActor()
    {
        // Registered first, so it runs before any handler of the subclass: a row nobody can read stops recovery here.
        Recover<UndecodableEvent>(row => throw new UndecodableEventException(PersistenceId, LastSequenceNr, row));
    }

    public override void AroundPreStart()
    {
        BeginRecovery();
        base.AroundPreStart();
    }

    public override void AroundPostRestart(Exception reason, object message)
    {
        BeginRecovery();
        base.AroundPostRestart(reason, message);
    }

    public override void AroundPostStop()
    {
        // Whatever this incarnation still waited for will never come: release it.
        EndRecovery();
        while (_persisting > 0) EndPersist();
        base.AroundPostStop();
    }

    public override void AroundPreRestart(Exception cause, object message)
    {
        EndRecovery();
        while (_persisting > 0) EndPersist();
        base.AroundPreRestart(cause, message);
    }

    protected override void OnReplaySuccess()
    {
        EndRecovery();
        base.OnReplaySuccess();
    }

    protected override void OnRecoveryFailure(Exception reason, object? message = null)
    {
        EndRecovery();
        // With a message, replay had delivered that event (LastSequenceNr is its number); without, the read failed after it.
        var where = message is null ? $"after sequence number {LastSequenceNr}" : $"at sequence number {LastSequenceNr}";
        Context.GetLogger().Error(reason,
            "Recovery of {0} failed {1}: {2}. The entity stays stopped until its journal is repaired.",
            PersistenceId, where, reason.Message);
    }

    protected override void OnPersistRejected(Exception cause, object @event, long sequenceNr)
    {
        // A rejected event's handler never runs.
        EndPersist();
        base.OnPersistRejected(cause, @event, sequenceNr);
    }

    protected new void Persist<TEvent>(TEvent @event, Action<TEvent> handler)
    {
        BeginPersist();
        base.Persist(@event, e =>
        {
            try { handler(e); }
            finally { EndPersist(); }
        });
    }

    protected new void PersistAll<TEvent>(IEnumerable<TEvent> events, Action<TEvent> handler)
    {
        var written = events.ToList();
        for (var i = 0; i < written.Count; i++) BeginPersist();
        base.PersistAll(written, e =>
        {
            try { handler(e); }
            finally { EndPersist(); }
        });
    }

    private void BeginRecovery()
    {
        if (_activity is null || _recovering) return;
        _recovering = true;
        _activity.Begin();
    }

    private void EndRecovery()
    {
        if (!_recovering) return;
        _recovering = false;
        _activity!.End();
    }

    private void BeginPersist()
    {
        if (_activity is null) return;
        _persisting++;
        _activity.Begin();
    }

    private void EndPersist()
    {
        if (_activity is null || _persisting == 0) return;
        _persisting--;
        _activity.End();
    }
}

/// <summary>A persistent actor met a journal row it cannot read back; names where, so the journal can be repaired.</summary>
public sealed class UndecodableEventException(string persistenceId, long sequenceNr, UndecodableEvent row)
    : Exception($"{persistenceId} #{sequenceNr}: cannot read manifest '{row.Manifest}': {row.Reason}")
{
    public string PersistenceId { get; } = persistenceId;
    public long SequenceNr { get; } = sequenceNr;
}
