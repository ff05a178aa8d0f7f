using Akka.Actor;

namespace ActorDistribution.Distribution.Gateway;

/// <summary>Starts the inbox side on a system that has its persistence store and distribution runtime registered.</summary>
public static class InboxBootstrap
{
    public const string GatewayName = "inboxes";

    /// <summary>Starts the <see cref="InboxGateway"/> (one per system) and answers it; the shell and node Ask it.</summary>
    public static IActorRef Start(ActorSystem system) => system.ActorOf(InboxGateway.Props(), GatewayName);
}
