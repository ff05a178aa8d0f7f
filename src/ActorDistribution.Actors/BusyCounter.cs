namespace ActorDistribution.Actors;

/// <summary>
/// Counts cells that are scheduled or running, awaited async handlers and pipes in flight. Zero means
/// no actor can make progress until a message or a timer comes from outside: the system is quiescent.
/// </summary>
internal sealed class BusyCounter
{
    private readonly object _gate = new();
    private long _count;

    public bool IsZero => Interlocked.Read(ref _count) == 0;

    public void Increment() => Interlocked.Increment(ref _count);

    public void Decrement()
    {
        if (Interlocked.Decrement(ref _count) != 0) return;
        lock (_gate) Monitor.PulseAll(_gate);
    }

    /// <summary>Blocks until the count is zero, or the timeout passes; true when quiescent.</summary>
    public bool WaitForZero(TimeSpan timeout)
    {
        if (IsZero) return true;
        var deadline = Environment.TickCount64 + (long)timeout.TotalMilliseconds;
        lock (_gate)
        {
            while (!IsZero)
            {
                var left = deadline - Environment.TickCount64;
                if (left <= 0) return false;
                // A short bound covers a decrement that raced ahead of our lock.
                Monitor.Wait(_gate, (int)Math.Min(left, 5));
            }
        }
        return true;
    }
}
