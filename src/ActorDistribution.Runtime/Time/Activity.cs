namespace ActorDistribution.Runtime.Time;

/// <summary>
/// Counts the work a virtual clock must wait for before it moves on: mailbox runs, persists and
/// recoveries in flight, piped effects in flight. Zero means settled: nothing can happen until
/// the clock fires the next timer or the outside sends a message.
/// </summary>
public sealed class Activity
{
    private readonly object _gate = new();
    private long _count;

    public long Count { get { lock (_gate) return _count; } }

    public void Begin()
    {
        lock (_gate) _count++;
    }

    public void End()
    {
        lock (_gate)
        {
            if (_count <= 0) throw new InvalidOperationException("Activity ended more often than it began.");
            if (--_count == 0) Monitor.PulseAll(_gate);
        }
    }

    /// <summary>Waits (wall time) until nothing is in flight; false when <paramref name="timeout"/> passes first.</summary>
    public bool WaitIdle(TimeSpan timeout)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew(); // wall time bounds the wait; it is never domain time
        lock (_gate)
        {
            while (_count > 0)
            {
                var left = timeout - waited.Elapsed;
                if (left <= TimeSpan.Zero || !Monitor.Wait(_gate, left)) return _count == 0;
            }
            return true;
        }
    }
}
