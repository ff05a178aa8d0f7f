namespace ActorDistribution.Actors;

/// <summary>A child name that is empty, malformed, or already taken by a sibling.</summary>
public sealed class InvalidActorNameException(string message) : Exception(message);
