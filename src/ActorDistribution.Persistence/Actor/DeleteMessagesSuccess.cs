namespace ActorDistribution.Persistence.Actor;

/// <summary>The answer to DeleteMessages: events up to the sequence number will not be replayed.</summary>
public sealed record DeleteMessagesSuccess(long ToSequenceNr);
