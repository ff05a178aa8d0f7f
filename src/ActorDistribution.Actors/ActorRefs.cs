namespace ActorDistribution.Actors;

/// <summary>The two well-known "no actor" values of Akka: a sink (<see cref="Nobody"/>) and no sender.</summary>
public static class ActorRefs
{
    /// <summary>A reference that drops everything sent to it.</summary>
    public static readonly IActorRef Nobody = new NobodyRef();

    /// <summary>Use as the sender when a message has no one to reply to.</summary>
    public static readonly IActorRef? NoSender = null;
}
