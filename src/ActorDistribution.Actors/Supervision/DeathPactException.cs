namespace ActorDistribution.Actors.Supervision;

/// <summary>An actor did not handle the <see cref="Actor.Terminated"/> of an actor it watched.</summary>
public sealed class DeathPactException(IActorRef dead) : Exception($"Unhandled Terminated of watched actor {dead.Path}")
{
    public IActorRef DeadActor { get; } = dead;
}
