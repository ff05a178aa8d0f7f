namespace ActorDistribution.Distribution.Runtime;

/// <summary>
/// An entity tells its parent it is idle and may be stopped (the shape of cluster sharding's <c>Passivate</c>). The backoff
/// supervisor between entity and region passes a message from its child on to its own parent; the region then buffers
/// the entity's new messages, sends <see cref="StopMessage"/> through the supervisor and, once the supervisor terminated,
/// starts the entity again if anything arrived meanwhile. A region of another kind (sharding) takes the same message.
/// </summary>
public sealed record Passivate(object StopMessage);

/// <summary>
/// The stop message of a passivation: the entity stops itself when it reaches it, so every message queued before it is
/// handled first. The backoff supervisor is told it is final (<c>WithFinalStopMessage</c>), so it stops too instead of restarting.
/// </summary>
public sealed record StopEntity
{
    public static readonly StopEntity Instance = new();
}
