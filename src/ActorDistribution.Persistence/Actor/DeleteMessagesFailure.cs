namespace ActorDistribution.Persistence.Actor;

/// <summary>The answer to DeleteMessages: nothing was deleted.</summary>
public sealed record DeleteMessagesFailure(long ToSequenceNr, Exception Cause);
