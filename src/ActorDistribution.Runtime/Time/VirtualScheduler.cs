using Akka.Actor;
using Akka.Configuration;
using Akka.Dispatch;
using Akka.Event;

namespace ActorDistribution.Runtime.Time;

/// <summary>
/// Akka's scheduler on a clock that only moves when told to (<c>akka.scheduler.implementation</c>).
/// Due work fires in time order; work due at the same time by recipient path, then in the order it was
/// scheduled, so runs are deterministic. It knows its next due time, and carries the <see cref="Activity"/> the counting
/// executors and tracked actors report to, so <see cref="VirtualTime"/> can settle between steps.
/// </summary>
public sealed class VirtualScheduler : SchedulerBase, IDateTimeOffsetNowTimeProvider
{
    /// <summary>Where a virtual clock starts unless <c>akka.scheduler.virtual-clock.start</c> says otherwise.</summary>
    public static readonly DateTimeOffset DefaultStart = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly object _gate = new();
    private readonly PriorityQueue<Entry, DueKey> _queue = new(DueKey.Comparer);
    private readonly DateTimeOffset _start;
    private DateTimeOffset _now;
    private long _seq;

    // Akka creates the scheduler by reflection with exactly these arguments.
    public VirtualScheduler(Config config, ILoggingAdapter log) : base(config, log)
    {
        var start = config.GetString("akka.scheduler.virtual-clock.start", null);
        _start = _now = string.IsNullOrEmpty(start)
            ? DefaultStart
            : DateTimeOffset.Parse(start, System.Globalization.CultureInfo.InvariantCulture).ToUniversalTime();
    }

    public Activity Activity { get; } = new();

    protected override DateTimeOffset TimeNow { get { lock (_gate) return _now; } }
    public DateTimeOffset Now => TimeNow;
    public override TimeSpan MonotonicClock => TimeNow - _start;
    public override TimeSpan HighResMonotonicClock => MonotonicClock;

    /// <summary>When the next live entry is due, or null when nothing is scheduled.</summary>
    public DateTimeOffset? NextDue
    {
        get
        {
            lock (_gate)
            {
                while (_queue.TryPeek(out var entry, out var key))
                {
                    if (!entry.IsCancelled) return key.Due;
                    _queue.Dequeue();
                }
                return null;
            }
        }
    }

    /// <summary>
    /// Fires the next live entry due at or before <paramref name="target"/>, moving the clock to its due time;
    /// false when there is none. One entry at a time, so <see cref="VirtualTime"/> can settle after each: the
    /// reactions to one timer end before the next timer (even one due at the same instant) fires, which makes
    /// the order of their effects, and so the journal, the same on every run.
    /// </summary>
    public bool FireNext(DateTimeOffset target)
    {
        Entry entry;
        lock (_gate)
        {
            if (target < _now) throw new ArgumentOutOfRangeException(nameof(target), $"time cannot move backwards (now {_now:O}, asked {target:O})");
            while (true)
            {
                if (!_queue.TryPeek(out entry!, out var key) || key.Due > target) return false;
                _queue.Dequeue();
                if (entry.IsCancelled) continue;
                _now = key.Due;
                if (entry.Interval is { } interval) _queue.Enqueue(entry, new DueKey(key.Due + interval, entry.Order, _seq++));
                break;
            }
        }
        entry.Fire();
        return true;
    }

    /// <summary>Moves to <paramref name="target"/>, firing everything due up to it in order (without settling in between).</summary>
    public void AdvanceTo(DateTimeOffset target)
    {
        while (FireNext(target)) { }
        lock (_gate)
        {
            if (target < _now) throw new ArgumentOutOfRangeException(nameof(target), $"time cannot move backwards (now {_now:O}, asked {target:O})");
            _now = target;
        }
    }

    protected override void InternalScheduleTellOnce(TimeSpan delay, ICanTell receiver, object message, IActorRef sender, ICancelable cancelable)
        => Enqueue(delay, null, () => receiver.Tell(message, sender), cancelable, OrderOf(receiver));

    protected override void InternalScheduleTellRepeatedly(TimeSpan initialDelay, TimeSpan interval, ICanTell receiver, object message, IActorRef sender, ICancelable cancelable)
        => Enqueue(initialDelay, interval, () => receiver.Tell(message, sender), cancelable, OrderOf(receiver));

    protected override void InternalScheduleOnce(TimeSpan delay, Action action, ICancelable cancelable)
        => Enqueue(delay, null, action, cancelable);

    protected override void InternalScheduleOnce(TimeSpan delay, IRunnable action, ICancelable cancelable)
        => Enqueue(delay, null, action.Run, cancelable);

    protected override void InternalScheduleRepeatedly(TimeSpan initialDelay, TimeSpan interval, Action action, ICancelable cancelable)
        => Enqueue(initialDelay, interval, action, cancelable);

    protected override void InternalScheduleRepeatedly(TimeSpan initialDelay, TimeSpan interval, IRunnable action, ICancelable cancelable)
        => Enqueue(initialDelay, interval, action.Run, cancelable);

    private void Enqueue(TimeSpan delay, TimeSpan? interval, Action action, ICancelable? cancelable, string order = "")
    {
        var entry = new Entry(action, interval, cancelable, order);
        lock (_gate)
            _queue.Enqueue(entry, new DueKey(_now + (delay < TimeSpan.Zero ? TimeSpan.Zero : delay), order, _seq++));
    }

    // Actors reacting to one message in parallel arm their timers in a racy order; ordering timers due at the
    // same instant by their recipient's path first makes the firing order, and so the journal, the same every run.
    private static string OrderOf(ICanTell receiver) => receiver is IActorRef actor ? actor.Path.ToString() : "";

    private sealed record Entry(Action Fire, TimeSpan? Interval, ICancelable? Cancelable, string Order)
    {
        public bool IsCancelled => Cancelable?.IsCancellationRequested == true;
    }

    private readonly record struct DueKey(DateTimeOffset Due, string Order, long Seq)
    {
        public static readonly IComparer<DueKey> Comparer = Comparer<DueKey>.Create((a, b) =>
        {
            var byDue = a.Due.CompareTo(b.Due);
            if (byDue != 0) return byDue;
            var byRecipient = string.CompareOrdinal(a.Order, b.Order);
            return byRecipient != 0 ? byRecipient : a.Seq.CompareTo(b.Seq);
        });
    }
}
