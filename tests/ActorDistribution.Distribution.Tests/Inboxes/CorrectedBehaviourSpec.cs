using ActorDistribution.Distribution.Caps;
using ActorDistribution.Distribution.Clients;
using ActorDistribution.Distribution.Inboxes;
using ActorDistribution.Distribution.Tests.Simulation;

namespace ActorDistribution.Distribution.Tests.Inboxes;

/// <summary>The fix: clients scan for the lock instead of opening it, and the manager tries the delete ten times.</summary>
public sealed class CorrectedBehaviourSpec
{
    private static readonly CapInbox OfferInbox = new("OSHER/CAP_DAN", InboxScenario.OfferInbox);

    private static InboxWorld ScanningClients()
        => InboxScenario.Build(10, ClientMode.Scan, 22, TimeSpan.FromSeconds(1), TimeSpan.FromMilliseconds(230));

    [Fact]
    public void Scanning_clients_never_block_the_delete_so_no_lock_is_left()
    {
        var world = ScanningClients();

        world.RunFor(TimeSpan.FromMinutes(2));

        var journal = world.InboxJournal[OfferInbox];
        Assert.Empty(journal.OfType<LockDeleteFailed>());
        Assert.Equal(1, Assert.Single(journal.OfType<LockDeleted>()).Attempt);
        Assert.False(world.LockPresent(OfferInbox.Cap, OfferInbox.Inbox), "the lock file should be gone once the update ended");
        Assert.Empty(world.Manager.InProgress);
    }

    [Fact]
    public void Clients_waiting_on_the_lock_process_the_offer_once_it_is_gone()
    {
        var world = ScanningClients();

        world.RunFor(TimeSpan.FromMinutes(2));

        foreach (var (name, journal) in world.ClientJournal)
        {
            var processed = journal.OfType<OffersProcessed>().SelectMany(p => p.Offers).ToList();
            Assert.True(processed.Contains(InboxScenario.Offer), $"{name} should have processed {InboxScenario.Offer}");
            Assert.Empty(journal.OfType<OfferInboxAbandoned>());
            // They did meet the lock while the files were copied, and waited for it.
            Assert.Contains(journal.OfType<LockChecked>(), c => c.LockFound);
        }
    }

    [Fact]
    public void The_waiting_component_upgrade_completes_when_the_lock_is_gone()
    {
        var world = ScanningClients();

        world.RunFor(TimeSpan.FromMinutes(2));

        Assert.All(world.Clients.Values, client => Assert.Equal("installed (2.1)", client.ComponentStatus));
    }

    [Fact]
    public void An_offer_dropped_later_is_replicated_at_the_next_scan_and_processed_next_cycle()
    {
        var world = ScanningClients();
        world.RunFor(TimeSpan.FromMinutes(2));

        world.DropIntoSiteInbox(InboxScenario.OfferInbox, "CH220002.OFR", "second advertisement");
        world.RunFor(TimeSpan.FromMinutes(10));

        Assert.All(world.Clients.Values, client => Assert.Contains("CH220002.OFR", client.ProcessedOffers));
        Assert.Equal(2, world.InboxJournal[OfferInbox].OfType<LockDeleted>().Count());
    }
}
