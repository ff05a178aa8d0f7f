namespace ActorDistribution.Actors.Actor;

/// <summary>Stops the actor when it is processed: messages sent before it are handled first.</summary>
public sealed class PoisonPill
{
    public static readonly PoisonPill Instance = new();
    private PoisonPill() { }
}
