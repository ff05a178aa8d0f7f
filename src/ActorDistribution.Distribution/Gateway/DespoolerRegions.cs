using ActorDistribution.Distribution.Jobs;
using ActorDistribution.Distribution.PackageDirectories;
using ActorDistribution.Distribution.Packages;
using ActorDistribution.Distribution.Servers;
using ActorDistribution.Distribution.SiteDespoolers;
using ActorDistribution.Distribution.Sites;
using ActorDistribution.Distribution.Runtime;
using Akka.Actor;

namespace ActorDistribution.Distribution.Gateway;

/// <summary>
/// The entity regions of the despooler side. Embedded: the gateway creates them as its children; cluster mode:
/// the node starts one sharding region per kind of <see cref="Kinds"/> and hands them to the gateway. Entities
/// read the fields when they start, so every region is set before the first message.
/// </summary>
public sealed class DespoolerRegions
{
    public IActorRef Sites { get; private set; } = ActorRefs.Nobody;
    public IActorRef Packages { get; private set; } = ActorRefs.Nobody;
    public IActorRef Servers { get; private set; } = ActorRefs.Nobody;
    public IActorRef Directories { get; private set; } = ActorRefs.Nobody;
    public IActorRef Despoolers { get; private set; } = ActorRefs.Nobody;
    public IActorRef Jobs { get; private set; } = ActorRefs.Nobody;

    /// <summary>The due index package directories report to (see <see cref="DueIndex"/>); Nobody where there is none.</summary>
    public IActorRef DirectoryDueIndex { get; set; } = ActorRefs.Nobody;

    /// <summary>Every kind with its region name and how one entity starts.</summary>
    public static IReadOnlyList<EntityKind<DespoolerRegions>> Kinds { get; } =
    [
        new("sites", (_, id) => Props.Create(() => new Site(id)), (r, region) => r.Sites = region),
        new("packages", (_, id) => Props.Create(() => new Package(id)), (r, region) => r.Packages = region),
        new("servers", (_, id) => Props.Create(() => new DistributionServer(id)), (r, region) => r.Servers = region),
        new("package-directories", (r, id) => PackageDirectory.Props(id, r.Packages, r.Jobs, r.DirectoryDueIndex), (r, region) => r.Directories = region),
        new("despoolers", (r, id) => SiteDespooler.Props(id, r.Sites, r.Directories), (r, region) => r.Despoolers = region),
        new("jobs", (r, id) => Job.Props(id, r.Despoolers, r.Directories), (r, region) => r.Jobs = region),
    ];

    /// <summary>Starts every region with <paramref name="start"/> (region name, entity props by id) and answers them.</summary>
    public static DespoolerRegions Start(Func<string, Func<string, Props>, IActorRef> start)
    {
        var regions = new DespoolerRegions();
        foreach (var kind in Kinds) kind.Assign(regions, start(kind.Name, id => kind.Entity(regions, id)));
        return regions;
    }
}
