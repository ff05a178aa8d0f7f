using ActorDistribution.Distribution.Caps;
using ActorDistribution.Distribution.Clients;
using ActorDistribution.Distribution.InboxManagers;
using ActorDistribution.Distribution.Runtime;
using ActorDistribution.Distribution.StuckLockRemedies;
using Akka.Actor;

namespace ActorDistribution.Distribution.Gateway;

/// <summary>
/// The entity regions of the inbox side, keyed by CAP name, site code, site code and client name. Embedded: the
/// gateway creates them as its children; cluster mode: the node starts one sharding region per kind of
/// <see cref="Kinds"/>. Either way they are set before any entity starts; entities use them to reach each other.
/// </summary>
public sealed class InboxRegions
{
    public IActorRef Caps { get; internal set; } = ActorRefs.Nobody;
    public IActorRef InboxManagers { get; internal set; } = ActorRefs.Nobody;
    public IActorRef StuckLockSupervisors { get; internal set; } = ActorRefs.Nobody;
    public IActorRef Clients { get; internal set; } = ActorRefs.Nobody;

    public static IReadOnlyList<EntityKind<InboxRegions>> Kinds { get; } =
    [
        new("caps", (r, name) => CapActor.Props(name, r), (r, region) => r.Caps = region),
        new("inbox-managers", (r, site) => InboxManagerActor.Props(site, r), (r, region) => r.InboxManagers = region),
        new("stuck-lock-supervisors", (r, site) => StuckLockSupervisorActor.Props(site, r), (r, region) => r.StuckLockSupervisors = region),
        new("clients", (r, name) => ClientActor.Props(name, r), (r, region) => r.Clients = region),
    ];

    /// <summary>Starts every region with <paramref name="start"/> (region name, entity props by id) and answers them.</summary>
    public static InboxRegions Start(Func<string, Func<string, Props>, IActorRef> start)
    {
        var regions = new InboxRegions();
        foreach (var kind in Kinds) kind.Assign(regions, start(kind.Name, id => kind.Entity(regions, id)));
        return regions;
    }
}
