using ActorDistribution.Actors.Cell;

namespace ActorDistribution.Actors;

/// <summary>Akka's implicit-sender forms of Tell and Forward.</summary>
public static class ActorRefExtensions
{
    /// <summary>Tells with the running actor as sender (no sender outside an actor).</summary>
    public static void Tell(this IActorRef recipient, object message)
        => recipient.Tell(message, ActorCell.Current?.Self);

    /// <summary>Passes the current message on, keeping its original sender.</summary>
    public static void Forward(this IActorRef recipient, object message)
        => recipient.Tell(message, ActorCell.Current?.CurrentEnvelope?.Sender);
}
