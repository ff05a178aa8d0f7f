namespace ActorDistribution.Actors.Time;

/// <summary>
/// A clock that only moves when told to. Due actions fire in time order; actions due at the same
/// time fire in the order they were scheduled, so runs are deterministic.
/// </summary>
public sealed class VirtualScheduler : IScheduler
{
    private readonly object _gate = new();
    private readonly PriorityQueue<Entry, (DateTimeOffset Due, long Seq)> _queue = new();
    private DateTimeOffset _now;
    private long _seq;

    public VirtualScheduler(DateTimeOffset? start = null)
        => _now = start ?? new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public DateTimeOffset UtcNow { get { lock (_gate) return _now; } }

    /// <summary>Number of actions still waiting (cancelled ones included until they come due).</summary>
    public int PendingCount { get { lock (_gate) return _queue.Count; } }

    /// <summary>When the next live action is due, or null when nothing is scheduled.</summary>
    public DateTimeOffset? NextDue
    {
        get
        {
            lock (_gate)
            {
                while (_queue.TryPeek(out var entry, out var key))
                {
                    if (!entry.Handle.IsCancellationRequested) return key.Due;
                    _queue.Dequeue();
                }
                return null;
            }
        }
    }

    public ICancelable ScheduleOnce(TimeSpan delay, Action action)
        => Enqueue(delay, null, action);

    public ICancelable ScheduleRepeatedly(TimeSpan initialDelay, TimeSpan interval, Action action)
    {
        if (interval <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(interval), "interval must be positive");
        return Enqueue(initialDelay, interval, action);
    }

    /// <summary>Moves time forward by <paramref name="by"/>, firing every action that comes due on the way.</summary>
    public void Advance(TimeSpan by)
    {
        if (by < TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(by), "time cannot move backwards");
        AdvanceTo(UtcNow + by);
    }

    /// <summary>Moves time forward to <paramref name="target"/>, firing due actions in time order.</summary>
    public void AdvanceTo(DateTimeOffset target)
    {
        while (true)
        {
            Entry entry;
            lock (_gate)
            {
                if (target < _now) throw new ArgumentOutOfRangeException(nameof(target), "time cannot move backwards");
                if (!_queue.TryPeek(out entry!, out var key) || key.Due > target)
                {
                    _now = target;
                    return;
                }
                _queue.Dequeue();
                _now = key.Due;
                if (entry.Interval is { } interval && !entry.Handle.IsCancellationRequested)
                    _queue.Enqueue(entry, (key.Due + interval, _seq++));
            }
            if (!entry.Handle.IsCancellationRequested) entry.Action();
        }
    }

    private ICancelable Enqueue(TimeSpan delay, TimeSpan? interval, Action action)
    {
        var entry = new Entry(action, interval, new ScheduledAction());
        lock (_gate)
            _queue.Enqueue(entry, (_now + (delay < TimeSpan.Zero ? TimeSpan.Zero : delay), _seq++));
        return entry.Handle;
    }

    private sealed record Entry(Action Action, TimeSpan? Interval, ScheduledAction Handle);
}
