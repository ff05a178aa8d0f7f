using ActorDistribution.Distribution.Servers;
using ActorDistribution.Distribution.Sites;

namespace ActorDistribution.Distribution.Despooler;

/// <summary>A site's despooler: its status, the settings it loaded, the orders waiting for it to run, and every package directory it sent work to.</summary>
/// <param name="Received">Job ids of every order received, so a repeated order is acknowledged only once.</param>
/// <param name="Directories">Entity ids (SERVER/PACKAGE) of the package directories it dispatched to, woken after a restart.</param>
public sealed record DespoolerState(
    DespoolerStatus Status,
    SiteSettings? InEffect,
    IReadOnlyList<DeliveryOrder> Waiting,
    IReadOnlyList<string> Received,
    IReadOnlyList<string> Directories)
{
    public static DespoolerState Initial { get; } = new(DespoolerStatus.Stopped, null, [], [], []);

    public DeliveryOrder? WaitingOrder(string jobId) => Waiting.FirstOrDefault(order => order.JobId == jobId);

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
        _ => throw new ArgumentException($"unknown despooler event {@event.GetType().Name}", nameof(@event)),
    };

    private DespoolerState Dispatched(DeliveryOrderDispatched dispatched)
    {
        var order = WaitingOrder(dispatched.JobId);
        if (order is null) return this;
        var directories = order.Servers.Select(server => PackageDirectoryShares.EntityId(server, order.Package));
        return this with
        {
            Waiting = Waiting.Where(o => o.JobId != dispatched.JobId).ToList(),
            Directories = Directories.Union(directories, StringComparer.OrdinalIgnoreCase).ToList(),
        };
    }
}
