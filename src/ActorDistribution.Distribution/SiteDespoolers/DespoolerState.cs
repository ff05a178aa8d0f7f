using ActorDistribution.Distribution.Packages;
using ActorDistribution.Distribution.Servers;
using ActorDistribution.Distribution.Sites;

namespace ActorDistribution.Distribution.SiteDespoolers;

/// <summary>A site's despooler: its status, the settings it loaded, the orders waiting for it to run, and every package directory it sent work to.</summary>
/// <param name="Received">Job ids of every order received, so a repeated order is acknowledged only once.</param>
/// <param name="Directories">The last order sent to each package directory and not yet taken by it (<see cref="DispatchTaken"/>), sent again after a restart in case it was lost.</param>
public sealed record DespoolerState(
    DespoolerStatus Status,
    SiteSettings? InEffect,
    IReadOnlyList<DeliveryOrder> Waiting,
    IReadOnlyList<string> Received,
    IReadOnlyList<DirectoryDispatch> Directories)
{
    public static DespoolerState Initial { get; } = new(DespoolerStatus.Stopped, null, [], [], []);

    public DeliveryOrder? WaitingOrder(string jobId) => Waiting.FirstOrDefault(order => order.JobId == jobId);

    /// <summary>Whether the directory's last dispatch, not yet taken, is of this job (a later job's dispatch replaced an earlier one).</summary>
    public bool AwaitsTaking(string directory, string jobId) => Directories.Any(d => IsDispatch(d, directory, jobId));

    private static bool IsDispatch(DirectoryDispatch sent, string directory, string jobId) =>
        string.Equals(sent.Directory, directory, StringComparison.OrdinalIgnoreCase) && sent.Order.JobId == jobId;

    public DespoolerState Apply(DespoolerEvent @event) => @event switch
    {
        SettingsLoaded loaded => this with { Status = DespoolerStatus.Running, InEffect = loaded.Settings },
        DespoolerPaused => this with { Status = DespoolerStatus.Paused },
        DespoolerStopped => this with { Status = DespoolerStatus.Stopped },
        DeliveryOrderReceived received => this with
        {
            Waiting = [.. Waiting, received.Order],
            Received = [.. Received, received.Order.JobId],
        },
        DeliveryOrderDispatched dispatched => Dispatched(dispatched),
        DispatchTaken taken => this with { Directories = Directories.Where(d => !IsDispatch(d, taken.Directory, taken.JobId)).ToList() },
        DeliveryOrderWithdrawn withdrawn => this with
        {
            Waiting = Waiting.Where(o => o.JobId != withdrawn.JobId).ToList(),
            Received = Received.Contains(withdrawn.JobId) ? Received : [.. Received, withdrawn.JobId],
        },
        _ => throw new ArgumentException($"unknown despooler event {@event.GetType().Name}", nameof(@event)),
    };

    private DespoolerState Dispatched(DeliveryOrderDispatched dispatched)
    {
        var order = WaitingOrder(dispatched.JobId);
        if (order is null) return this;
        var sent = order.Servers.Select(server => new DirectoryDispatch(PackageDirectoryShares.EntityId(server, order.Package), order, dispatched)).ToList();
        return this with
        {
            Waiting = Waiting.Where(o => o.JobId != dispatched.JobId).ToList(),
            Directories = [.. Directories.Where(d => !sent.Any(s => string.Equals(s.Directory, d.Directory, StringComparison.OrdinalIgnoreCase))), .. sent],
        };
    }
}

/// <summary>The despooler component of a site, as a service on the site server: new deliveries run only while it runs.</summary>
public enum DespoolerStatus
{
    Stopped,
    Running,
    Paused,
}
