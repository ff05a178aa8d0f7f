namespace ActorDistribution.Actors.Cell;

/// <summary>The reference to an actor of this process; one per cell, stable across restarts.</summary>
internal sealed class LocalActorRef(ActorCell cell, ActorPath path) : IActorRef
{
    public ActorCell Cell { get; } = cell;
    public ActorPath Path { get; } = path;

    public void Tell(object message, IActorRef? sender)
    {
        ArgumentNullException.ThrowIfNull(message);
        Cell.Post(message, sender);
    }

    public override string ToString() => Path.ToString();
}
