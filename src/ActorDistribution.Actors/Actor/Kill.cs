namespace ActorDistribution.Actors.Actor;

/// <summary>Makes the actor fail with <see cref="Supervision.ActorKilledException"/>; its supervisor decides what follows.</summary>
public sealed class Kill
{
    public static readonly Kill Instance = new();
    private Kill() { }
}
