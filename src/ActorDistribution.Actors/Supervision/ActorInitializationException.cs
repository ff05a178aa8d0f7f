namespace ActorDistribution.Actors.Supervision;

/// <summary>An actor's constructor or PreStart threw; by default the actor is stopped, since a restart would fail again.</summary>
public sealed class ActorInitializationException(IActorRef actor, Exception cause)
    : Exception($"Actor {actor.Path} failed to initialize: {cause.Message}", cause)
{
    public IActorRef Actor { get; } = actor;
}
