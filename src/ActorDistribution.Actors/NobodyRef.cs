namespace ActorDistribution.Actors;

/// <summary>A reference to no actor: messages to it vanish; watching it yields Terminated at once.</summary>
internal sealed class NobodyRef : IActorRef
{
    public ActorPath Path { get; } = ActorPath.Root.Child("nobody");
    public void Tell(object message, IActorRef? sender) { }
    public override string ToString() => "Nobody";
}
