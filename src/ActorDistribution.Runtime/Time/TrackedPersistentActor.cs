using Akka.Actor;
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
/// A journal row nobody can read leaves the actor running but failed: every command it gets afterwards is
/// answered with <see cref="Refusal"/> naming that row, so a caller learns the cause instead of waiting for a
/// time-out. A failed or rejected write answers the senders of the events it lost the same way, and so does a journal
/// that cannot be read at all (a database error during replay): the commands that waited for the recovery are answered with it.
/// </summary>
public abstract class TrackedPersistentActor : ReceivePersistentActor
{
    private readonly Activity? _activity = (Context.System.Scheduler as VirtualScheduler)?.Activity;
    private bool _recovering;
    private int _persisting;
    // The senders of the events on their way to the journal, in write order (one per event).
    private readonly Queue<IActorRef> _persistSenders = new();
    // The senders of the commands that came during recovery: Akka keeps those commands in its own stash, and a failed
    // replay stops the actor, so they would be lost; they are answered with the cause instead.
    private readonly List<IActorRef> _waitingForRecovery = new();

    protected TrackedPersistentActor()
    {
        // Registered first, so they run before any handler of the subclass: a row nobody can read ends recovery
        // here; the events after it and RecoveryCompleted never reach the subclass, and every command is refused.
        Recover<UndecodableEvent>(row => FailRecovery(new UndecodableEventException(PersistenceId, LastSequenceNr, row)), _ => RecoveryFailure is null);
        Recover<object>(_ => { }, _ => RecoveryFailure is not null);
        Command<object>(message => AnswerWhileFailed(message, RecoveryFailure!), _ => RecoveryFailure is not null);
    }

    /// <summary>Why this actor cannot serve (its journal holds a row it cannot read), or null while it is sound.</summary>
    protected string? RecoveryFailure { get; private set; }

    /// <summary>The answer to a command this actor cannot carry out, naming the cause; the domain answers with its own refusal.</summary>
    protected virtual object Refusal(string cause) => new Status.Failure(new InvalidOperationException(cause));

    /// <summary>Whether a message is itself a refusal or failure, which is never answered (two failed actors would answer each other forever).</summary>
    protected virtual bool IsRefusal(object message) => message is Status;

    private void AnswerWhileFailed(object message, string cause)
    {
        if (IsRefusal(message)) return;
        Answer(Sender, cause);
    }

    private void Answer(IActorRef? to, string cause)
    {
        if (to is null || to.IsNobody() || to.Equals(Self) || to.Equals(Context.System.DeadLetters)) return;
        to.Tell(Refusal(cause), Self);
    }

    private void FailRecovery(UndecodableEventException failure)
    {
        RecoveryFailure = $"{PersistenceId} cannot be used: its recovery failed at sequence number {failure.SequenceNr}: {failure.Message}. "
                          + "Repair that journal row, then restart the node.";
        EndRecovery();
        Context.GetLogger().Error(failure,
            "Recovery of {0} failed at sequence number {1}: {2}. The entity refuses every command until its journal is repaired.",
            PersistenceId, failure.SequenceNr, failure.Message);
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

    protected override bool AroundReceive(Receive receive, object message)
    {
        // The journal's own replies (replayed events, recovery ticks and results) are not commands anyone waits on.
        if (IsRecovering && message.GetType().Namespace?.StartsWith("Akka.Persistence", StringComparison.Ordinal) != true
            && !IsRefusal(message) && Sender is { } sender && !sender.IsNobody() && !sender.Equals(Self) && !sender.Equals(Context.System.DeadLetters))
            _waitingForRecovery.Add(sender);
        return base.AroundReceive(receive, message);
    }

    protected override void OnReplaySuccess()
    {
        // The waiting commands are now taken from the stash and handled (or refused when a row could not be read).
        _waitingForRecovery.Clear();
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
        var cause = $"{PersistenceId} cannot be used: reading its journal failed {where}: {reason.GetBaseException().Message.TrimEnd('.')}. "
                    + "Repair the journal database, then restart the node.";
        foreach (var sender in _waitingForRecovery.Distinct().ToList()) Answer(sender, cause);
        _waitingForRecovery.Clear();
    }

    protected override void OnPersistRejected(Exception cause, object @event, long sequenceNr)
    {
        // A rejected event's handler never runs; its sender learns why.
        EndPersist();
        if (_persistSenders.TryDequeue(out var sender))
            Answer(sender, $"{PersistenceId}: the journal refused event #{sequenceNr} ({EventName(@event)}): {cause.Message}");
        base.OnPersistRejected(cause, @event, sequenceNr);
    }

    protected override void OnPersistFailure(Exception cause, object @event, long sequenceNr)
    {
        // The actor stops after this (its supervisor starts it again): every event still on its way is lost.
        var text = $"{PersistenceId}: writing event #{sequenceNr} ({EventName(@event)}) to the journal failed: {cause.GetBaseException().Message}; "
                   + "nothing of this command was kept, try again";
        foreach (var sender in _persistSenders.Distinct().ToList()) Answer(sender, text);
        _persistSenders.Clear();
        base.OnPersistFailure(cause, @event, sequenceNr);
    }

    private static string EventName(object @event) => @event is Akka.Persistence.Journal.Tagged tagged ? tagged.Payload.GetType().Name : @event.GetType().Name;

    protected new void Persist<TEvent>(TEvent @event, Action<TEvent> handler)
    {
        BeginPersist();
        _persistSenders.Enqueue(Sender);
        base.Persist(@event, e =>
        {
            _persistSenders.TryDequeue(out _);
            try { handler(e); }
            finally { EndPersist(); }
        });
    }

    protected new void PersistAll<TEvent>(IEnumerable<TEvent> events, Action<TEvent> handler)
    {
        var written = events.ToList();
        for (var i = 0; i < written.Count; i++)
        {
            BeginPersist();
            _persistSenders.Enqueue(Sender);
        }
        base.PersistAll(written, e =>
        {
            _persistSenders.TryDequeue(out _);
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
