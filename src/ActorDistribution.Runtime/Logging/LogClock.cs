namespace ActorDistribution.Runtime.Logging;

/// <summary>
/// Which clock the log lines show. On the wall clock (the default) Serilog's own timestamp; in simulation mode the
/// actor system's virtual time (its <c>Scheduler.Now</c>), with the wall time after it in brackets. The logger is
/// built before the actor system, so the host switches its clock once the system exists.
/// </summary>
public sealed class LogClock
{
    private volatile Func<DateTimeOffset>? _virtualNow;

    /// <summary>Log lines from now on carry <paramref name="now"/>'s time.</summary>
    public void UseVirtual(Func<DateTimeOffset> now) => _virtualNow = now ?? throw new ArgumentNullException(nameof(now));

    /// <summary>Log lines from now on carry the wall time only.</summary>
    public void UseWall() => _virtualNow = null;

    /// <summary>The virtual time now, or null on the wall clock.</summary>
    public DateTimeOffset? VirtualNow => _virtualNow?.Invoke();
}
