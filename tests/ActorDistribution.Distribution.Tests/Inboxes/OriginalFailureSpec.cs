using ActorDistribution.Distribution.Caps;
using ActorDistribution.Distribution.Clients;
using ActorDistribution.Distribution.Inboxes;
using ActorDistribution.Distribution.Tests.Simulation;

namespace ActorDistribution.Distribution.Tests.Inboxes;

/// <summary>The failure of the article: legacy clients hold the lock open and the manager deletes it once.</summary>
public sealed class OriginalFailureSpec
{
    private static readonly CapInbox OfferInbox = new("OSHER/CAP_DAN", InboxScenario.OfferInbox);

    [Fact]
    public void A_single_delete_meeting_an_open_lock_leaves_the_lock_in_place()
    {
        var world = InboxScenario.HeavyLegacyPolling(deleteAttempts: 1);

        world.RunFor(TimeSpan.FromMinutes(1));

        var journal = world.InboxJournal[OfferInbox];
        var failed = Assert.Single(journal.OfType<LockDeleteFailed>());
        Assert.NotEmpty(failed.Holders);
        Assert.Single(journal.OfType<LockLeft>());
        Assert.True(world.LockPresent(OfferInbox.Cap, "OFFERINF.BOX"), "the lock file should still be in the CAP offer inbox");
        Assert.True(world.Inboxes[OfferInbox].LockLeft);
    }

    [Fact]
    public void Every_client_gives_up_after_33_retries_at_5000_ms()
    {
        var world = InboxScenario.HeavyLegacyPolling(deleteAttempts: 1);

        world.RunFor(TimeSpan.FromMinutes(5));

        foreach (var (name, journal) in world.ClientJournal)
        {
            var abandoned = journal.OfType<OfferInboxAbandoned>().FirstOrDefault();
            Assert.True(abandoned is not null, $"{name} should have given up on the locked offer inbox");
            Assert.Equal(34, abandoned.Checks);
            Assert.Equal(TimeSpan.FromSeconds(165), abandoned.Waited);
            var checks = journal.OfType<LockChecked>().TakeWhile(c => c.At <= abandoned.At).ToList();
            Assert.All(checks.Zip(checks.Skip(1)), pair => Assert.Equal(TimeSpan.FromMilliseconds(5000), pair.Item2.StartedAt - pair.Item1.StartedAt));
            Assert.All(checks, c => Assert.True(c.LockFound && c.Accessible));
        }
    }

    [Fact]
    public void No_offer_is_processed_and_the_component_upgrade_stays_install_pending()
    {
        var world = InboxScenario.HeavyLegacyPolling(deleteAttempts: 1);

        world.RunFor(TimeSpan.FromMinutes(35));

        Assert.All(world.ClientJournal.Values, journal => Assert.Empty(journal.OfType<OffersProcessed>()));
        Assert.All(world.Clients.Values, client => Assert.Equal("install pending (2.1)", client.ComponentStatus));
        // Later cycles meet the same lock: every cycle so far was abandoned.
        Assert.All(world.ClientJournal.Values, journal => Assert.True(journal.OfType<OfferInboxAbandoned>().Count() >= 3));
    }

    [Fact]
    public void A_client_log_shows_path_reachability_lock_interval_and_outcome()
    {
        var world = InboxScenario.HeavyLegacyPolling(deleteAttempts: 1);

        world.RunFor(TimeSpan.FromMinutes(4));

        var log = world.Clients["WKS01"].Log;
        Assert.Contains(log, l => l.Contains(@"check 2 of \\OSHER\CAP_DAN\offerinf.box: reachable, lock file \\OSHER\CAP_DAN\offerinf.box\inboxlck.tok present; checking again in 5000 ms"));
        Assert.Contains(log, l => l.Contains("gave up on") && l.Contains("after 34 checks over 2m 45s"));
        Assert.Contains(log, l => l.Contains("found no reachable, unlocked CAP offer inbox"));
    }
}
