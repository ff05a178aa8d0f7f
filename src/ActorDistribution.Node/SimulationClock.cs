using ActorDistribution.Actors;
using ActorDistribution.Actors.Time;
using ActorDistribution.Persistence;
using ActorDistribution.Persistence.Journal;

namespace ActorDistribution.Node;

/// <summary>
/// Keeps a simulation's virtual time in the journal (<c>clock/simulation</c>), so a simulation stopped
/// and started again on the same data goes on at the time it had reached, not at the epoch.
/// </summary>
public static class SimulationClock
{
    public const string PersistenceId = "clock/simulation";
    public static readonly DateTimeOffset Epoch = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The time the simulation had reached, or the epoch for a new one.</summary>
    public static async Task<DateTimeOffset> ResumeAsync(IPersistenceStore store, CancellationToken cancellationToken = default)
    {
        var highest = await store.Journal.ReadHighestSequenceNrAsync(PersistenceId, 0, cancellationToken).ConfigureAwait(false);
        if (highest == 0) return Epoch;
        var reached = Epoch;
        await foreach (var repr in store.Journal.ReplayMessagesAsync(PersistenceId, highest, highest, 1, cancellationToken).ConfigureAwait(false))
            if (repr.Payload is SimulationClockMoved moved) reached = moved.To;
        return reached;
    }

    /// <summary>Moves the clock (timers fire in order, actors settle), then records where it stands.</summary>
    public static async Task AdvanceAsync(ActorSystem system, IPersistenceStore store, TimeSpan by, CancellationToken cancellationToken = default)
    {
        var from = system.Scheduler.UtcNow;
        VirtualTime.Advance(system, by);
        var next = await store.Journal.ReadHighestSequenceNrAsync(PersistenceId, 0, cancellationToken).ConfigureAwait(false) + 1;
        await store.Journal.WriteMessagesAsync(new AtomicWrite(new PersistentRepr(PersistenceId, next, new SimulationClockMoved(from, system.Scheduler.UtcNow))), cancellationToken)
            .ConfigureAwait(false);
    }
}
