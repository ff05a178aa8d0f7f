using ActorDistribution.Actors.Events;

namespace ActorDistribution.Actors;

/// <summary>Where messages go that have no recipient; each is published on the event stream as a <see cref="DeadLetter"/>.</summary>
internal sealed class DeadLetterActorRef(ActorSystem system) : IActorRef
{
    public ActorPath Path { get; } = ActorPath.Root.Child("deadLetters");

    public void Tell(object message, IActorRef? sender) => system.PublishDeadLetter(message, sender, this);

    public override string ToString() => Path.ToString();
}
