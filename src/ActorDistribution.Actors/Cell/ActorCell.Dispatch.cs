using ActorDistribution.Actors.Actor;
using ActorDistribution.Actors.Timers;

namespace ActorDistribution.Actors.Cell;

// The mailbox and its run loop: system messages first, then up to `throughput` ordinary ones.
internal sealed partial class ActorCell : IThreadPoolWorkItem
{
    private const int Idle = 0;
    private const int Scheduled = 1;

    private readonly MessageQueue _mailbox = new();
    private Queue<Envelope>? _front;          // unstashed messages, handled before the mailbox
    private SystemMessage? _systemHead;       // guarded by lock (this)
    private SystemMessage? _systemTail;
    private int _status;
    private volatile bool _closed;            // stopped for good: messages become dead letters
    private bool _terminating;
    private bool _failed;                     // suspended until the supervisor decides
    private int _awaitedHandlers;             // suspended until these async handlers end
    private int _asyncGeneration;             // bumped by a restart: handlers of the old instance are abandoned

    public bool IsTerminated => _closed;

    private bool CanProcessMessages => !_closed && !_terminating && !_failed && _awaitedHandlers == 0 && _actor is not null;

    private bool HasSystemMessages => Volatile.Read(ref _systemHead) is not null;

    public void Post(object message, IActorRef? sender)
    {
        if (_closed)
        {
            _system.PublishDeadLetter(message, sender, _self);
            return;
        }
        _mailbox.Enqueue(new Envelope(message, sender));
        Schedule();
    }

    public void SendSystemMessage(SystemMessage message)
    {
        bool accepted;
        lock (this)
        {
            accepted = !_closed;
            if (accepted)
            {
                if (_systemTail is null) _systemHead = message;
                else _systemTail.Next = message;
                _systemTail = message;
            }
        }
        if (accepted)
        {
            Interlocked.MemoryBarrier();  // the enqueue (under the lock) before the status read in Schedule: formally, not only on x64
            Schedule();
        }
        else HandleSystemMessageWhenDead(message);
    }

    /// <summary>Puts messages back at the front of the mailbox, in the given order, ahead of earlier returned ones.</summary>
    public void Prepend(IReadOnlyList<Envelope> envelopes)
    {
        var front = new Queue<Envelope>(envelopes);
        if (_front is not null)
            foreach (var envelope in _front) front.Enqueue(envelope);
        _front = front;
    }

    private void Schedule()
    {
        // Reading first keeps the status line shared while the cell runs; only an idle cell pays for the CAS.
        if (Volatile.Read(ref _status) != Idle || Interlocked.CompareExchange(ref _status, Scheduled, Idle) != Idle) return;
        _system.BusyCells.Increment();
        // Sent from inside an actor: queue on this worker, where the conversation's data is warm (others steal if idle).
        ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: _running is not null);
    }

    void IThreadPoolWorkItem.Execute()
    {
        _running = this;
        try
        {
            ProcessSystemMessages();
            for (var left = _system.Throughput; left > 0 && CanProcessMessages; left--)
            {
                if (!TryNextEnvelope(out var envelope)) break;
                Invoke(envelope);
                if (HasSystemMessages) ProcessSystemMessages();
            }
            if (_closed) DrainToDeadLetters();
        }
        finally
        {
            _running = null;
            Interlocked.Exchange(ref _status, Idle);  // a full fence: see MessageQueue.Enqueue
            // Re-check after going idle: a producer that saw "scheduled" relied on this run to see its message.
            if (HasWork() && Interlocked.CompareExchange(ref _status, Scheduled, Idle) == Idle)
                ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: true);
            else
                _system.BusyCells.Decrement();
        }
    }

    private bool HasWork()
        => HasSystemMessages
           || (_closed && _mailbox.HasMessages)
           || (CanProcessMessages && (_front is { Count: > 0 } || _mailbox.HasMessages));

    private bool TryNextEnvelope(out Envelope envelope)
    {
        if (_front is { Count: > 0 } front)
        {
            envelope = front.Dequeue();
            return true;
        }
        return _mailbox.TryDequeue(out envelope);
    }

    private void ProcessSystemMessages()
    {
        while (true)
        {
            SystemMessage? batch;
            lock (this)
            {
                batch = _systemHead;
                _systemHead = _systemTail = null;
            }
            if (batch is null) return;
            while (batch is not null)
            {
                var next = batch.Next;
                batch.Next = null;
                // A batch can outlive the cell: what follows a completed stop is answered as by a dead cell.
                if (_closed) HandleSystemMessageWhenDead(batch);
                else HandleSystemMessage(batch);
                batch = next;
            }
        }
    }

    private void HandleSystemMessage(SystemMessage message)
    {
        try
        {
            switch (message)
            {
                case Create: HandleCreate(); break;
                case Terminate: HandleTerminate(); break;
                case Resume: HandleResume(); break;
                case Recreate recreate: HandleRecreate(recreate.Cause); break;
                case Failed failed: HandleChildFailed(failed); break;
                case Watch watch: HandleWatch(watch); break;
                case Unwatch unwatch: HandleUnwatch(unwatch); break;
                case DeathWatchNotification notification: HandleDeathWatchNotification(notification); break;
                case ChildTerminated terminated: HandleChildTerminated(terminated.Child); break;
                case RunContinuation continuation: HandleContinuation(continuation); break;
                case AsyncCompleted completed: HandleAsyncCompleted(completed); break;
            }
        }
        catch (Exception ex)
        {
            _system.Log.ForContext("ActorPath", _self.Path.ToString())
                .Error(ex, "Kernel failure handling {SystemMessage} in {ActorPath}", message.GetType().Name, _self.Path.ToString());
        }
    }

    private void Invoke(Envelope envelope)
    {
        _currentEnvelope = envelope;
        try
        {
            var message = envelope.Message;
            switch (message)
            {
                case TimerMessage timer:
                    if (_extras?.Timers?.Accept(timer) is not { } due) return;
                    message = due;
                    _currentEnvelope = envelope with { Message = due };
                    break;
                case WatchedTerminated watched:
                    if (_extras?.QueuedTerminations?.Remove(watched) != true) return;
                    message = watched.Terminated;
                    _currentEnvelope = envelope with { Message = message };
                    break;
            }

            switch (message)
            {
                case PoisonPill:
                    Stop(_self);
                    return;
                case Kill:
                    throw new Supervision.ActorKilledException(_self);
            }

            var handled = _extras?.Behaviors is { Count: > 0 } behaviors
                ? behaviors.Peek()(message)
                : _actor!.Receive(message);
            if (!handled) _actor!.InvokeUnhandled(message);
        }
        catch (Exception ex)
        {
            HandleInvokeFailure(ex, envelope.Message);
        }
        finally
        {
            _currentEnvelope = null;
        }
    }

    private void DrainToDeadLetters()
    {
        while (TryNextEnvelope(out var envelope))
            if (envelope.Message is not TimerMessage and not WatchedTerminated)
                _system.PublishDeadLetter(envelope.Message, envelope.Sender, _self);
    }
}
