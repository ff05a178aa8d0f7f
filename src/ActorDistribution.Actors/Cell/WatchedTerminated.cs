using ActorDistribution.Actors.Actor;

namespace ActorDistribution.Actors.Cell;

/// <summary>Wraps a <see cref="Terminated"/> queued as an ordinary message, so an Unwatch before it is handled can drop it.</summary>
internal sealed record WatchedTerminated(Terminated Terminated);
