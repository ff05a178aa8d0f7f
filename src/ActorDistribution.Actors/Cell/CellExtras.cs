using ActorDistribution.Actors.Actor;
using ActorDistribution.Actors.Stash;
using ActorDistribution.Actors.Supervision;
using ActorDistribution.Actors.Timers;

namespace ActorDistribution.Actors.Cell;

/// <summary>The parts of a cell most actors never use, allocated on first use so an idle actor stays small.</summary>
internal sealed class CellExtras
{
    public Stack<Receive>? Behaviors;
    public HashSet<IActorRef>? Watching;
    public HashSet<IActorRef>? WatchedBy;
    public HashSet<WatchedTerminated>? QueuedTerminations;
    public TimerScheduler? Timers;
    public UnboundedStash? Stash;
    public List<ActorCell>? EscalatedChildren;
    public object? FailedMessage;
    public Exception? PendingRestartCause;
    public List<ActorSynchronizationContext>? LiveHandlers;                           // async handlers still awaited
    public Dictionary<ActorCell, ChildRestartStats>? ChildStats;                      // kept by the parent, touched only on its thread
}
