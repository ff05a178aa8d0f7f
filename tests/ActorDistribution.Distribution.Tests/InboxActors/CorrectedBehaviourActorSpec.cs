using ActorDistribution.Distribution.Caps;
using ActorDistribution.Distribution.Clients;
using ActorDistribution.Distribution.InboxManagers;
using ActorDistribution.Distribution.Inboxes;
using ActorDistribution.Distribution.Requests;

namespace ActorDistribution.Distribution.Tests.InboxActors;

/// <summary>The corrected defaults through the actors: scanning clients and ten delete attempts.</summary>
public sealed class CorrectedBehaviourActorSpec() : InboxActorKit("")
{
    private void ArrangeScanningClients() => Arrange(ClientMode.Scan, 5, TimeSpan.FromSeconds(1), TimeSpan.FromMilliseconds(230));

    [Fact]
    public async Task Scanning_clients_never_block_the_delete_and_the_lock_goes_at_the_first_attempt()
    {
        ArrangeScanningClients();

        RunUntil(TimeSpan.FromMinutes(1));

        Assert.Empty(await Events<LockDeleteFailed>(OfferInboxId));
        var deleted = Assert.Single(await Events<LockDeleted>(OfferInboxId));
        Assert.Equal(1, deleted.Attempt);
        Assert.Equal(T0 + TimeSpan.FromSeconds(10), deleted.At);
        Assert.False(LockPresent(), "the lock file should be gone");
        Assert.Equal(10, Assert.Single(await Events<InboxUpdateStarted>(OfferInboxId)).DeleteAttempts);
    }

    [Fact]
    public void Clients_wait_out_the_copy_then_process_the_offer_and_install_the_upgrade()
    {
        ArrangeScanningClients();

        RunUntil(TimeSpan.FromMinutes(1));

        foreach (var name in ClientNames(5))
        {
            var report = Request<ClientReport>(new GetClientLog(name));
            Assert.Equal([Offer], report.ProcessedOffers);
            Assert.Equal("installed (2.1)", report.ComponentStatus);
            Assert.Contains(report.LogLines, l => l.Contains("lock file") && l.Contains("present; checking again in 5000 ms"));
        }
    }

    [Fact]
    public void Inbox_status_shows_both_inboxes_replicated_without_lock_or_alarm()
    {
        ArrangeScanningClients();

        RunUntil(TimeSpan.FromMinutes(1));

        var rows = Request<InboxStatusRows>(new GetInboxStatus()).Rows;
        Assert.Equal([ComponentInbox, OfferInbox], rows.Select(r => r.Inbox));
        Assert.All(rows, r =>
        {
            Assert.Equal(Cap, r.Cap);
            Assert.Equal(Site, r.Site);
            Assert.False(r.LockPresent, $"{r.Inbox} should have no lock");
            Assert.Null(r.LockAge);
            Assert.Equal(1, r.DeleteAttempts);
            Assert.Equal(10, r.DeleteAttemptLimit);
            Assert.Equal("Idle", r.Phase);
            Assert.NotNull(r.ReplicatedVersion);
            Assert.Empty(r.Alarms);
        });
        Assert.True(Shares.GetFileInfo(CapShares.Address(Cap), OfferInbox + "/" + Offer).IsSuccess, "the offer should be on the CAP");
    }

    [Fact]
    public async Task A_lock_named_in_another_case_is_seen_by_clients_and_cleared_by_the_start_scan()
    {
        Request<CapAccepted>(new AddCap(Cap, Site));
        Assert.True(Shares.WriteFile(CapShares.Address(Cap), OfferInbox + "/INBOXLCK.TOK", []).IsSuccess);
        Request<ClientAccepted>(new AddClient("WKS01", Site, ClientMode.Scan));
        Advance(TimeSpan.FromSeconds(1));
        Assert.Contains(Request<ClientReport>(new GetClientLog("WKS01")).LogLines, l => l.Contains("inboxlck.tok present"));

        Request<InboxManagerReport>(new StartSiteInboxManager(Site));
        Advance(TimeSpan.Zero);

        Assert.False(LockPresent(lockFile: "Inboxlck.tok"), "the start scan should have removed the lock whatever its case");
        Assert.Single(await Events<LockDeleted>(OfferInboxId));
    }

    [Fact]
    public void A_file_dropped_later_reaches_the_cap_on_demand_without_waiting_for_the_scan_interval()
    {
        ArrangeScanningClients();
        RunUntil(TimeSpan.FromSeconds(20));

        Request<DroppedIntoSiteInbox>(new DropIntoSiteInbox(Site, "OFFERINF.BOX", "CH220002.ofr", [1, 2, 3]));
        var report = Request<InboxManagerReport>(new ScanSiteInboxes(Site));
        RunUntil(TimeSpan.FromSeconds(31));

        Assert.Equal(InboxManagerStatus.Running, report.Status);
        Assert.True(Shares.GetFileInfo(CapShares.Address(Cap), OfferInbox + "/CH220002.ofr").IsSuccess, "the new offer should be on the CAP 10 s after the scan");
    }

    [Fact]
    public void A_cap_added_while_the_manager_runs_gets_the_site_inboxes_at_the_next_scan()
    {
        ArrangeScanningClients();
        RunUntil(TimeSpan.FromSeconds(20));

        Request<CapAccepted>(new AddCap("CAP_EVE", Site));
        RunUntil(TimeSpan.FromSeconds(59));
        var beforeScan = Shares.GetFileInfo(CapShares.Address("CAP_EVE"), OfferInbox + "/" + Offer).IsSuccess;
        RunUntil(TimeSpan.FromSeconds(71));

        Assert.False(beforeScan, "the new CAP should wait for the next scan (every minute)");
        Assert.True(Shares.GetFileInfo(CapShares.Address("CAP_EVE"), OfferInbox + "/" + Offer).IsSuccess, "the offer should be on the new CAP after the scan and the copy");
        Assert.Equal(2, Request<InboxStatusRows>(new GetInboxStatus("cap_eve")).Rows.Count);
    }
}
