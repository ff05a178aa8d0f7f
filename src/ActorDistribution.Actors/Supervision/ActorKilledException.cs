namespace ActorDistribution.Actors.Supervision;

/// <summary>Raised inside an actor that processed <see cref="Actor.Kill"/>.</summary>
public sealed class ActorKilledException(IActorRef actor) : Exception($"Actor {actor.Path} was killed");
