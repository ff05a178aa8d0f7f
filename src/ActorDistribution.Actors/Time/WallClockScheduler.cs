namespace ActorDistribution.Actors.Time;

/// <summary>The real clock: actions run on the thread pool when their delay has passed.</summary>
public sealed class WallClockScheduler : IScheduler, IDisposable
{
    private readonly TimeProvider _time;

    public WallClockScheduler(TimeProvider? time = null) => _time = time ?? TimeProvider.System;

    public DateTimeOffset UtcNow => _time.GetUtcNow();

    public ICancelable ScheduleOnce(TimeSpan delay, Action action)
    {
        var handle = new TimerHandle();
        handle.Timer = _time.CreateTimer(_ => handle.Fire(action, once: true), null,
            delay < TimeSpan.Zero ? TimeSpan.Zero : delay, Timeout.InfiniteTimeSpan);
        return handle;
    }

    public ICancelable ScheduleRepeatedly(TimeSpan initialDelay, TimeSpan interval, Action action)
    {
        if (interval <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(interval), "interval must be positive");
        var handle = new TimerHandle();
        handle.Timer = _time.CreateTimer(_ => handle.Fire(action, once: false), null,
            initialDelay < TimeSpan.Zero ? TimeSpan.Zero : initialDelay, interval);
        return handle;
    }

    public void Dispose() { }

    private sealed class TimerHandle : ICancelable
    {
        private volatile bool _cancelled;
        public ITimer? Timer;
        public bool IsCancellationRequested => _cancelled;

        public void Cancel()
        {
            _cancelled = true;
            Timer?.Dispose();
        }

        public void Fire(Action action, bool once)
        {
            if (_cancelled) return;
            if (once) Timer?.Dispose();
            action();
        }
    }
}
