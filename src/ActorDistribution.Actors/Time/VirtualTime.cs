namespace ActorDistribution.Actors.Time;

/// <summary>
/// Moves a system on a <see cref="VirtualScheduler"/> through time the way real time would: each due
/// timer fires, then the actors settle before the clock moves on, so timers they arm in reaction
/// fire at their own due times within the same advance.
/// </summary>
public static class VirtualTime
{
    /// <summary>How long to wait for actors to settle between timer firings (wall time; a safety net, not a delay).</summary>
    public static readonly TimeSpan SettleTimeout = TimeSpan.FromSeconds(30);

    public static void Advance(ActorSystem system, TimeSpan by)
    {
        if (by < TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(by), "time cannot move backwards");
        AdvanceTo(system, Clock(system).UtcNow + by);
    }

    public static void AdvanceTo(ActorSystem system, DateTimeOffset target)
    {
        var clock = Clock(system);
        Settle(system);
        while (clock.NextDue is { } due && due <= target)
        {
            clock.AdvanceTo(due);
            Settle(system);
        }
        clock.AdvanceTo(target);
        Settle(system);
    }

    private static void Settle(ActorSystem system)
    {
        if (!system.WaitForQuiescence(SettleTimeout))
            throw new TimeoutException($"Actors of {system.Name} did not settle within {SettleTimeout.TotalSeconds} s while advancing virtual time.");
    }

    private static VirtualScheduler Clock(ActorSystem system) => system.Scheduler as VirtualScheduler
        ?? throw new InvalidOperationException($"{system.Name} runs on the wall clock; virtual time needs a {nameof(VirtualScheduler)}.");
}
