namespace ActorDistribution.Actors.Events;

/// <summary>A message that could not be delivered because its recipient had stopped.</summary>
public sealed record DeadLetter(object Message, IActorRef? Sender, IActorRef Recipient);
