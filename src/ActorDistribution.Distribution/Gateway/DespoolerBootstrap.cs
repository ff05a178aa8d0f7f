using ActorDistribution.Distribution.Runtime;
using Akka.Actor;
using Akka.Pattern;

namespace ActorDistribution.Distribution.Gateway;

/// <summary>Starts the despooler side of a node: the gateway and, under it, every region of sites, despoolers, packages, servers, jobs and package directories.</summary>
public static class DespoolerBootstrap
{
    /// <summary>
    /// Needs the persistence store and the <c>DistributionRuntime</c> registered on <paramref name="system"/>; answers the
    /// actor to Ask. The gateway runs under a backoff supervisor: if it stops (a failed journal write) it comes back,
    /// recovers its catalog and wakes the deliveries in flight.
    /// </summary>
    public static IActorRef Start(ActorSystem system, string name = "distribution") => system.ActorOf(Props(), name);

    /// <summary>The gateway under its backoff supervisor; <paramref name="regions"/> as for <see cref="DespoolerGateway(DespoolerRegions?)"/>.</summary>
    public static Props Props(DespoolerRegions? regions = null)
    {
        var backoff = RegionBackoff.Default;
        return BackoffSupervisor.Props(Backoff.OnStop(DespoolerGateway.Props(regions), "gateway", backoff.Min, backoff.Max, backoff.RandomFactor, -1));
    }
}
