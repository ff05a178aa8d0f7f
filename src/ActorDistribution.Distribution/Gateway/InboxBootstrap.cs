using Akka.Actor;

namespace ActorDistribution.Distribution.Gateway;

/// <summary>Starts the inbox side on a system that has its persistence store and distribution runtime registered.</summary>
public static class InboxBootstrap
{
    public const string GatewayName = "inboxes";

    /// <summary>Starts the <see cref="InboxGateway"/> (one per system) and answers it; the shell and node Ask it.</summary>
    /// <param name="sites">The despooler gateway (<see cref="DespoolerBootstrap.Start"/>): the inbox side asks it which sites exist.</param>
    public static IActorRef Start(ActorSystem system, IActorRef sites, string name = GatewayName) => system.ActorOf(InboxGateway.Props(sites), name);
}
