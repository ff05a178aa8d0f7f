using ActorDistribution.Actors.Actor;
using ActorDistribution.Actors.Cell;
using ActorDistribution.Actors.Dispatch;
using ActorDistribution.Actors.Logging;
using ActorDistribution.Persistence.Journal;
using ActorDistribution.Persistence.Serialization;
using ActorDistribution.Persistence.Snapshots;

namespace ActorDistribution.Persistence.Actor;

/// <summary>
/// An event-sourced actor (Akka.Persistence semantics): on start it replays its snapshot and events
/// through the <c>Recover</c> handlers, then handles commands with the <c>Command</c> handlers, which
/// <c>Persist</c> events and change state in the handler that runs once the write succeeded.
/// Commands arriving during recovery or while events are being written wait in the mailbox, in order.
/// A failed write stops the actor (whether it was written is unknown; a backoff supervisor restarts it
/// and it recovers); a rejected event (it cannot be serialized) is logged and the actor goes on.
/// </summary>
public abstract class ReceivePersistentActor : ActorBase
{
    private readonly HandlerSet _recover = new();
    private readonly HandlerSet _commands = new();
    private readonly List<PendingInvocation> _pending = [];
    private HandlerSet _registering;
    private bool _flushing;
    private IPersistenceStore? _store;

    protected ReceivePersistentActor() => _registering = _commands;

    /// <summary>The entity's stable id in the journal, e.g. <c>pkgdir/NTSRV1/OFFICE97</c>.</summary>
    public abstract string PersistenceId { get; }

    /// <summary>The sequence number of the last event written or replayed.</summary>
    public long LastSequenceNr { get; private set; }

    public bool IsRecovering { get; private set; } = true;

    protected IPersistenceStore Store => _store ??= PersistenceExtension.Get(Context.System).Store;

    /// <summary>Tags stored with an event, for queries by tag (e.g. the site). None by default.</summary>
    protected virtual IReadOnlyList<string> TagsFor(object @event) => [];

    protected void Recover<T>(Action<T> handler) => _recover.Add(new Handler<T>(handler, null));

    protected void RecoverAny(Action<object> handler) => _recover.Add(new AnyHandler(handler));

    protected void Command<T>(Action<T> handler) => _registering.Add(new Handler<T>(handler, null));

    protected void Command<T>(Predicate<T> shouldHandle, Action<T> handler) => _registering.Add(new Handler<T>(handler, shouldHandle));

    protected void CommandAny(Action<object> handler) => _registering.Add(new AnyHandler(handler));

    /// <summary>Handles a command with an async function; no other message is processed until its task ends.</summary>
    protected void CommandAsync<T>(Func<T, Task> handler)
        => _registering.Add(new Handler<T>(command => ActorCell.Current!.RunAsync(() => handler(command)), null));

    /// <summary>Replaces the command handlers with the ones <paramref name="configure"/> registers.</summary>
    protected void Become(Action configure)
    {
        var set = new HandlerSet();
        var previous = _registering;
        _registering = set;
        try { configure(); }
        finally { _registering = previous; }
        Context.Become(message => HandleCommand(set, message));
    }

    /// <summary>Writes <paramref name="event"/>, then runs <paramref name="handler"/> with it; later commands wait until then.</summary>
    protected void Persist<TEvent>(TEvent @event, Action<TEvent> handler) where TEvent : notnull
        => _pending.Add(new PendingInvocation([@event], e => handler((TEvent)e), Deferred: false));

    /// <summary>Writes <paramref name="events"/> in one atomic write, then runs <paramref name="handler"/> for each, in order.</summary>
    protected void PersistAll<TEvent>(IEnumerable<TEvent> events, Action<TEvent> handler) where TEvent : notnull
    {
        var list = events.Cast<object>().ToList();
        if (list.Count > 0) _pending.Add(new PendingInvocation(list, e => handler((TEvent)e), Deferred: false));
    }

    /// <summary>Runs <paramref name="handler"/> after every event persisted before it, without writing anything.</summary>
    protected void DeferAsync<T>(T @event, Action<T> handler) where T : notnull
        => _pending.Add(new PendingInvocation([@event], e => handler((T)e), Deferred: true));

    /// <summary>Saves <paramref name="snapshot"/> as of <see cref="LastSequenceNr"/>; answers <see cref="SaveSnapshotSuccess"/> or <see cref="SaveSnapshotFailure"/>.</summary>
    protected void SaveSnapshot(object snapshot)
    {
        var metadata = new SnapshotMetadata(PersistenceId, LastSequenceNr, Context.System.Scheduler.UtcNow);
        Started(() => Store.SnapshotStore.SaveAsync(metadata, snapshot))
            .PipeTo(Self, Self, () => new SaveSnapshotSuccess(metadata), ex => new SaveSnapshotFailure(metadata, ex));
    }

    /// <summary>Stops events up to <paramref name="toSequenceNr"/> from being replayed (the audit trail keeps them); never lowers the sequence number.</summary>
    protected void DeleteMessages(long toSequenceNr)
        => Started(() => Store.Journal.DeleteMessagesToAsync(PersistenceId, toSequenceNr))
            .PipeTo(Self, Self, () => new DeleteMessagesSuccess(toSequenceNr), ex => new DeleteMessagesFailure(toSequenceNr, ex));

    // A store may refuse before its task starts (e.g. a snapshot it cannot serialize): that is an answer too, not a crash of the actor.
    private static Task Started(Func<Task> operation)
    {
        try { return operation(); }
        catch (Exception refused) { return Task.FromException(refused); }
    }

    /// <summary>A write failed: by default log it; the actor stops after this.</summary>
    protected virtual void OnPersistFailure(Exception cause, object @event, long sequenceNr)
        => Context.GetLogger().Error(cause, "Failed to persist {EventType} at {SequenceNr} for {PersistenceId}; stopping",
            @event.GetType().Name, sequenceNr, PersistenceId);

    /// <summary>An event could not be serialized and was not written: by default log it; the actor goes on.</summary>
    protected virtual void OnPersistRejected(Exception cause, object @event, long sequenceNr)
        => Context.GetLogger().Warning(cause, "Rejected {EventType} at {SequenceNr} for {PersistenceId}",
            @event.GetType().Name, sequenceNr, PersistenceId);

    /// <summary>Replay failed: by default log it; the actor stops after this.</summary>
    protected virtual void OnRecoveryFailure(RecoveryFailedException failure)
        => Context.GetLogger().Error(failure, "{Message}", failure.Message);

    protected internal sealed override bool Receive(object message) => HandleCommand(_commands, message);

    internal sealed override void AroundPreStart()
    {
        base.AroundPreStart();
        StartRecovery();
    }

    internal sealed override void AroundPostRestart(Exception reason)
    {
        base.AroundPostRestart(reason);
        StartRecovery();
    }

    private bool HandleCommand(HandlerSet handlers, object message)
    {
        if (!handlers.TryHandle(message)) Unhandled(message);
        FlushPending();
        return true;
    }

    private void StartRecovery()
    {
        IsRecovering = true;
        LastSequenceNr = 0;
        _pending.Clear();
        ActorCell.Current!.RunAsync(RecoverAsync);
    }

    // Runs inside the cell (its continuations are posted back to it); the mailbox waits until it ends.
    private async Task RecoverAsync()
    {
        try
        {
            var snapshot = await Store.SnapshotStore.LoadAsync(PersistenceId, SnapshotSelectionCriteria.Latest);
            if (snapshot is not null)
            {
                LastSequenceNr = snapshot.Metadata.SequenceNr;
                _recover.TryHandle(new SnapshotOffer(snapshot.Metadata, snapshot.Snapshot));
            }
            await foreach (var repr in Store.Journal.ReplayMessagesAsync(PersistenceId, LastSequenceNr + 1, long.MaxValue, long.MaxValue))
            {
                LastSequenceNr = repr.SequenceNr;
                _recover.TryHandle(repr.Payload);
            }
            // Deleted events are not replayed, but their numbers stay taken.
            LastSequenceNr = Math.Max(LastSequenceNr, await Store.Journal.ReadHighestSequenceNrAsync(PersistenceId, LastSequenceNr));
        }
        catch (Exception ex)
        {
            var at = ex switch
            {
                UnknownManifestException unknown => unknown.SequenceNr,
                EventDeserializationException broken => broken.SequenceNr,
                _ => LastSequenceNr,
            };
            OnRecoveryFailure(new RecoveryFailedException(PersistenceId, at, ex));
            Context.Stop(Self);
            return;
        }
        IsRecovering = false;
        _recover.TryHandle(RecoveryCompleted.Instance);
        FlushPending();
    }

    private void FlushPending()
    {
        if (_pending.Count == 0 || _flushing) return;
        _flushing = true;
        ActorCell.Current!.RunAsync(FlushAsync);
    }

    private async Task FlushAsync()
    {
        try
        {
            while (_pending.Count > 0)
            {
                var batch = _pending.ToArray();
                _pending.Clear();
                foreach (var invocation in batch)
                {
                    if (invocation.Deferred)
                    {
                        invocation.Handler(invocation.Events[0]);
                        continue;
                    }
                    switch (await WriteAsync(invocation.Events))
                    {
                        case WriteOutcome.Written:
                            foreach (var @event in invocation.Events) invocation.Handler(@event);
                            break;
                        case WriteOutcome.Failed:
                            return;
                    }
                }
            }
        }
        finally
        {
            _flushing = false;
        }
    }

    private enum WriteOutcome { Written, Rejected, Failed }

    private async Task<WriteOutcome> WriteAsync(IReadOnlyList<object> events)
    {
        var first = LastSequenceNr + 1;
        var reprs = new PersistentRepr[events.Count];
        for (var i = 0; i < events.Count; i++)
            reprs[i] = new PersistentRepr(PersistenceId, first + i, events[i]) { Tags = TagsFor(events[i]) };
        try
        {
            await Store.Journal.WriteMessagesAsync(new AtomicWrite(reprs));
            LastSequenceNr += reprs.Length;
            return WriteOutcome.Written;
        }
        catch (EventRejectedException rejected)
        {
            // Nothing was written: the numbers stay free and the handler does not run.
            OnPersistRejected(rejected, events[0], first);
            return WriteOutcome.Rejected;
        }
        catch (Exception failed)
        {
            OnPersistFailure(failed, events[0], first);
            _pending.Clear();
            Context.Stop(Self);
            return WriteOutcome.Failed;
        }
    }
}
