using ActorDistribution.Distribution.Jobs;
using ActorDistribution.Distribution.SiteDespoolers;

namespace ActorDistribution.Distribution.Tests.Gateway;

/// <summary>A cancelled job's order leaves the despooler's queue, and a copy arriving later is acknowledged but never queued.</summary>
public sealed class DespoolerWithdrawalSpec
{
    private static readonly DateTimeOffset At = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DeliveryOrder Order = new("1", JobType.SharePackageOnServer, "OFFICE97", "1", [], ["NTSRV1"]);

    [Fact]
    public void A_waiting_order_withdrawn_is_no_longer_waiting()
    {
        var state = DespoolerState.Initial
            .Apply(new DeliveryOrderReceived(At, Order))
            .Apply(new DeliveryOrderWithdrawn(At, "1"));

        Assert.Empty(state.Waiting);
        Assert.Equal(["1"], state.Received);
    }

    [Fact]
    public void An_order_withdrawn_before_it_arrived_counts_as_received_so_it_is_never_queued()
    {
        var state = DespoolerState.Initial.Apply(new DeliveryOrderWithdrawn(At, "1"));

        Assert.Contains("1", state.Received);
        Assert.Empty(state.Waiting);
    }
}
