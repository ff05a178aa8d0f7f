using ActorDistribution.Actors;

namespace ActorDistribution.Distribution.Gateway;

/// <summary>Starts the despooler side of a node: the gateway and, under it, every region of sites, despoolers, packages, servers, jobs and package directories.</summary>
public static class DespoolerBootstrap
{
    /// <summary>Needs the persistence store and the <c>DistributionRuntime</c> registered on <paramref name="system"/>; answers the gateway to Ask.</summary>
    public static IActorRef Start(ActorSystem system, string name = "distribution") => system.ActorOf(DespoolerGateway.Props(), name);
}
