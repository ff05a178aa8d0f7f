namespace ActorDistribution.Actors.Actor;

/// <summary>Sent to a watcher when the actor it watches has stopped (or was already dead).</summary>
/// <param name="ExistenceConfirmed">False when the watched actor was already gone when the watch was made.</param>
public sealed record Terminated(IActorRef ActorRef, bool ExistenceConfirmed);
