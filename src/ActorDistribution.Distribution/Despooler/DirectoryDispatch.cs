using ActorDistribution.Distribution.Jobs;

namespace ActorDistribution.Distribution.Despooler;

/// <summary>The last order a despooler sent to one package directory, kept to send again after a restart (the directory ignores a repeat).</summary>
/// <param name="Directory">The package directory's entity id, SERVER/PACKAGE.</param>
public sealed record DirectoryDispatch(string Directory, DeliveryOrder Order, DeliveryOrderDispatched Dispatched)
{
    /// <summary>Install or Remove, stamped with the dispatch time: with the version it identifies this dispatch.</summary>
    public PackageDirectoryCommand Command(DespoolerOptions options) => Order.JobType == JobType.RemovePackageFromServer
        ? new Remove(Dispatched.At, Dispatched.Settings, options)
        : new Install(Dispatched.At, Order.Version!, Order.Files, Order.JobType, Dispatched.Settings, options);
}
