using ActorDistribution.Runtime.Time;
using Akka.Actor;
using Akka.Persistence;

namespace ActorDistribution.Node;

/// <summary>
/// Keeps a simulation's virtual time in the journal (<c>clock/simulation</c>), so a simulation stopped
/// and started again on the same data goes on at the time it had reached, not at the epoch.
/// </summary>
public sealed class SimulationClock : TrackedPersistentActor
{
    public const string Id = "clock/simulation";
    public static readonly DateTimeOffset Epoch = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private DateTimeOffset _reached = Epoch;

    public SimulationClock()
    {
        Recover<SimulationClockMoved>(moved => _reached = moved.To);
        Command<GetReached>(_ => Sender.Tell(_reached));
        Command<SimulationClockMoved>(moved => Persist(moved, _ =>
        {
            _reached = moved.To;
            Sender.Tell(moved);
        }));
    }

    public override string PersistenceId => Id;

    /// <summary>Starts the clock's journal actor and moves the virtual clock to the time the simulation had reached.</summary>
    public static async Task<IActorRef> ResumeAsync(ActorSystem system, TimeSpan timeout)
    {
#pragma warning disable AK1008 // a static helper called by the node, not from inside the actor
        var clock = system.ActorOf(Props.Create(() => new SimulationClock()), "simulation-clock");
#pragma warning restore AK1008
        // The ask's own timer stands still on the virtual clock; bound it in wall time too.
        var reached = await clock.Ask<DateTimeOffset>(GetReached.Instance, timeout).WaitAsync(timeout).ConfigureAwait(false);
        if (reached > system.Scheduler.Now) VirtualTime.AdvanceTo(system, reached);
        return clock;
    }

    /// <summary>Moves the clock (timers fire in order, actors settle), then records where it stands.</summary>
    public static async Task AdvanceAsync(ActorSystem system, IActorRef clock, TimeSpan by, TimeSpan timeout)
    {
        var from = system.Scheduler.Now;
        VirtualTime.Advance(system, by);
        await clock.Ask<SimulationClockMoved>(new SimulationClockMoved(from, system.Scheduler.Now), timeout).WaitAsync(timeout).ConfigureAwait(false);
        VirtualTime.Settle(system);
    }

    private sealed class GetReached
    {
        public static readonly GetReached Instance = new();
    }
}
