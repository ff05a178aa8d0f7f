using Akka.Actor;

namespace ActorDistribution.Runtime.Time;

/// <summary>
/// Moves a system on a <see cref="VirtualScheduler"/> through time the way real time would: each due
/// timer in order, settling after each, so timers armed in reaction fire at their own due times within
/// the same advance, and timers due at the same instant take effect one after the other in the order
/// they were armed. Same script, same journal.
/// </summary>
public static class VirtualTime
{
    /// <summary>How long (wall time) to wait for actors to settle; a safety net, never a delay.</summary>
    public static readonly TimeSpan SettleTimeout = TimeSpan.FromSeconds(30);

    public static VirtualScheduler Clock(ActorSystem system) => system.Scheduler as VirtualScheduler
        ?? throw new InvalidOperationException($"{system.Name} runs on the wall clock; virtual time needs akka.scheduler.implementation = {typeof(VirtualScheduler).FullName}.");

    public static bool IsVirtual(ActorSystem system) => system.Scheduler is VirtualScheduler;

    public static void Advance(ActorSystem system, TimeSpan by)
    {
        if (by < TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(by), "time cannot move backwards");
        AdvanceTo(system, Clock(system).Now + by);
    }

    public static void AdvanceTo(ActorSystem system, DateTimeOffset target)
    {
        var clock = Clock(system);
        Settle(system);
        while (clock.FireNext(target)) Settle(system);
        clock.AdvanceTo(target);
        Settle(system);
    }

    /// <summary>Waits until no mailbox is scheduled or running, no persist or recovery and no piped effect is in flight.</summary>
    public static void Settle(ActorSystem system) => Settle(system, SettleTimeout);

    public static void Settle(ActorSystem system, TimeSpan timeout)
    {
        var activity = Clock(system).Activity;
        if (!activity.WaitIdle(timeout))
            throw new TimeoutException($"Actors of {system.Name} did not settle within {timeout.TotalSeconds} s ({activity.Count} still in flight).");
    }
}
