using ActorDistribution.Distribution.Caps;
using ActorDistribution.Distribution.InboxManagers;
using ActorDistribution.Distribution.Requests;

namespace ActorDistribution.Distribution.Tests.InboxActors;

/// <summary>The article's workaround, as an operator runs it through the gateway, with no supervisor.</summary>
public sealed class ManualRemedyActorSpec() : InboxActorKit("distribution.stuck-lock.enabled = off")
{
    [Fact]
    public async Task The_manual_remedy_stop_close_start_removes_the_lock()
    {
        ArrangeHeavyLegacyPolling();
        RunUntil(TimeSpan.FromSeconds(20));
        Assert.True(LockPresent(), "the lock should be left after ten failed deletes");

        var stopped = Request<InboxManagerReport>(new StopSiteInboxManager(Site));
        var closed = Request<CapFilesForceClosed>(new ForceCloseCapFiles(Cap, OfferInbox));
        var started = Request<InboxManagerReport>(new StartSiteInboxManager(Site));
        Advance(TimeSpan.Zero);

        Assert.Equal(InboxManagerStatus.Stopped, stopped.Status);
        Assert.True(closed.ClosedHandles >= 1, "a legacy client held the lock open");
        Assert.NotEmpty(Shares.Messages(closed.Users[0]));
        Assert.Equal(InboxManagerStatus.Running, started.Status);
        Assert.False(Row(OfferInbox).LockPresent, "inbox status should show the lock gone");
        Assert.Single(await Events<CapFilesClosed>("cap/" + Cap));
    }
}
