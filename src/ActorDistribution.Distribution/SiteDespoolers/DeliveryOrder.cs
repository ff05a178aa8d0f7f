using ActorDistribution.Distribution.Jobs;
using ActorDistribution.Distribution.PackageDirectories;
using ActorDistribution.Distribution.Packages;

namespace ActorDistribution.Distribution.SiteDespoolers;

/// <summary>What a job asks of one target site's despooler: install (or remove) a package version on these servers of the site.</summary>
/// <param name="Version">Null for a removal.</param>
/// <param name="Command">The command line the offer of a run-command-on-workstation job carries; else null.</param>
public sealed record DeliveryOrder(
    string JobId,
    JobType JobType,
    string Package,
    string? Version,
    IReadOnlyList<PackageFile> Files,
    IReadOnlyList<string> Servers,
    string? Command = null);

/// <summary>The last order a despooler sent to one package directory, kept to send again after a restart (the directory ignores a repeat).</summary>
/// <param name="Directory">The package directory's entity id, SERVER/PACKAGE.</param>
public sealed record DirectoryDispatch(string Directory, DeliveryOrder Order, DeliveryOrderDispatched Dispatched)
{
    /// <summary>Install or Remove, stamped with the dispatch time: with the version it identifies this dispatch.</summary>
    public PackageDirectoryCommand Command(DespoolerOptions options) => Order.JobType == JobType.RemovePackageFromServer
        ? new Remove(Dispatched.At, Dispatched.Settings, options, Order.JobId)
        : new Install(Dispatched.At, Order.Version!, Order.Files, Order.JobType, Dispatched.Settings, options, Order.JobId);
}
