using ActorDistribution.Actors.Time;

namespace ActorDistribution.Actors.Timers;

/// <summary>The timers of one actor cell, run on the system scheduler.</summary>
internal sealed class TimerScheduler(IActorRef self, IScheduler scheduler) : ITimerScheduler
{
    private readonly Dictionary<object, Timer> _timers = new();
    private int _generation;

    public void StartSingleTimer(object key, object message, TimeSpan timeout)
        => Start(key, message, timeout, null);

    public void StartPeriodicTimer(object key, object message, TimeSpan interval)
        => Start(key, message, interval, interval);

    public void StartPeriodicTimer(object key, object message, TimeSpan initialDelay, TimeSpan interval)
        => Start(key, message, initialDelay, interval);

    public bool IsTimerActive(object key) => _timers.ContainsKey(key);

    public void Cancel(object key)
    {
        if (_timers.Remove(key, out var timer)) timer.Handle.Cancel();
    }

    public void CancelAll()
    {
        foreach (var timer in _timers.Values) timer.Handle.Cancel();
        _timers.Clear();
    }

    /// <summary>The message to deliver, or null when the timer was cancelled or replaced since it fired.</summary>
    public object? Accept(TimerMessage fired)
    {
        if (!_timers.TryGetValue(fired.Key, out var timer) || timer.Generation != fired.Generation) return null;
        if (!timer.Periodic) _timers.Remove(fired.Key);
        return fired.Message;
    }

    private void Start(object key, object message, TimeSpan delay, TimeSpan? interval)
    {
        Cancel(key);
        var tagged = new TimerMessage(key, ++_generation, message);
        var handle = interval is { } every
            ? scheduler.ScheduleRepeatedly(delay, every, () => self.Tell(tagged, self))
            : scheduler.ScheduleOnce(delay, () => self.Tell(tagged, self));
        _timers[key] = new Timer(tagged.Generation, interval is not null, handle);
    }

    private sealed record Timer(int Generation, bool Periodic, ICancelable Handle);
}
