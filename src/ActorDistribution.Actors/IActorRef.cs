namespace ActorDistribution.Actors;

/// <summary>An address an actor can be sent messages through; the only way to talk to an actor.</summary>
public interface IActorRef
{
    ActorPath Path { get; }

    /// <summary>Delivers <paramref name="message"/>; replies go to <paramref name="sender"/> (null for none).</summary>
    void Tell(object message, IActorRef? sender);
}
