using ActorDistribution.Distribution.Caps;
using ActorDistribution.Distribution.Clients;
using ActorDistribution.Distribution.InboxManagers;
using ActorDistribution.Distribution.Requests;

namespace ActorDistribution.Distribution.Tests.InboxActors;

/// <summary>
/// Issue 15: <c>cap remove</c>, <c>client remove</c>, and the inbox side's part of <c>site remove</c>. Refused with the reason while
/// in use: a CAP with clients attached or an inbox being updated, a site with CAPs or clients. Accepted removals are events of the
/// entity (<c>cap.removed.v1</c>, <c>client.removed.v1</c>); the lists and the site's inbox manager forget the name, also after a restart,
/// and a removed name is not added again.
/// </summary>
public sealed class InboxRemovalSpec() : InboxActorKit("")
{
    /// <summary>CH2 with the CAP and one scanning client whose first cycle has chosen it.</summary>
    private void CapWithAttachedClient()
    {
        Request<CapAccepted>(new AddCap(Cap, Site));
        Request<ClientAccepted>(new AddClient("WKS01", Site, ClientMode.Scan));
        Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(Cap, Request<ClientReport>(new GetClientLog("WKS01")).Cap);
    }

    [Fact]
    public void A_cap_with_clients_attached_is_refused_naming_them()
    {
        CapWithAttachedClient();

        Assert.Equal($"CAP {Cap} still has clients attached: WKS01; remove them first (client remove <name>)", Request<Rejected>(new RemoveCap(Cap)).Reason);
        Assert.Single(Request<CapList>(ListCaps.Instance).Caps);
    }

    [Fact]
    public async Task A_client_and_then_its_cap_are_removed_as_events_and_forgotten_after_a_restart()
    {
        CapWithAttachedClient();

        Assert.Equal(new RemovedView("client", "WKS01"), Request<RemovedView>(new RemoveClient("wks01".ToUpperInvariant())));
        Assert.Equal(new RemovedView("CAP", Cap), Request<RemovedView>(new RemoveCap(Cap)));

        Assert.Single(await Events<ClientRemoved>("client/WKS01"));
        Assert.Single(await Events<CapRemoved>($"cap/{Cap}"));
        Assert.Single(await Events<InboxManagerCapDetached>($"inbox-manager/{Site}"));
        RestartInboxSide();
        Assert.Empty(Request<ClientList>(ListClients.Instance).Clients);
        Assert.Empty(Request<CapList>(ListCaps.Instance).Caps);
        Assert.Empty(Request<InboxManagerReport>(new GetInboxManagerStatus(Site)).Caps);
        Assert.Equal("client WKS01 was removed", Request<Rejected>(new GetClientLog("WKS01")).Reason);
    }

    [Fact]
    public async Task A_removed_client_runs_no_more_cycles()
    {
        CapWithAttachedClient();
        Request<RemovedView>(new RemoveClient("WKS01"));

        Advance(TimeSpan.FromHours(1));

        Assert.Empty(Request<ClientList>(ListClients.Instance).Clients);
        Assert.Equal([1], (await Events<ClientCycleStarted>("client/WKS01")).Select(e => e.Cycle));
    }

    [Fact]
    public void Removed_names_are_not_added_again()
    {
        CapWithAttachedClient();
        Request<RemovedView>(new RemoveClient("WKS01"));
        Request<RemovedView>(new RemoveCap(Cap));

        Assert.Contains("CAP OSHER/CAP_DAN was removed; a removed CAP is not added again", Request<Rejected>(new AddCap(Cap, Site)).Reason);
        Assert.Contains("client WKS01 was removed; a removed client is not added again", Request<Rejected>(new AddClient("WKS01", Site)).Reason);
    }

    [Fact]
    public void A_cap_whose_inboxes_are_being_updated_is_refused()
    {
        Arrange(ClientMode.Scan, 0, TimeSpan.Zero, TimeSpan.Zero);
        Advance(TimeSpan.Zero);

        var refused = Request<Rejected>(new RemoveCap(Cap));

        Assert.StartsWith($"CAP {Cap} has inboxes being updated: ", refused.Reason);
        Assert.Contains("offerinf.box", refused.Reason);
    }

    [Fact]
    public void Unknown_names_are_refused_with_how_to_add_them()
    {
        Assert.Contains("no CAP named CAP_ZED; add it with: cap add CAP_ZED", Request<Rejected>(new RemoveCap("CAP_ZED")).Reason);
        Assert.Contains("no client named WKS99; add it with: client add WKS99", Request<Rejected>(new RemoveClient("WKS99")).Reason);
    }

    [Fact]
    public void A_site_with_caps_or_clients_is_refused_by_the_inbox_side_and_an_empty_one_passed_on()
    {
        Request<CapAccepted>(new AddCap(Cap, Site));
        Request<ClientAccepted>(new AddClient("WKS07", "ZRH", ClientMode.Scan));

        Assert.Equal($"site CH2 still has CAPs {Cap}; remove them first (cap remove <name>)", Request<Rejected>(new RemoveSite("ch2")).Reason);
        Assert.Equal("site ZRH still has clients WKS07; remove them first (client remove <name>)", Request<Rejected>(new RemoveSite("ZRH")).Reason);
        Request<RemovedView>(new RemoveClient("WKS07"));
        Assert.Equal(new RemovedView("site", "ZRH"), Request<RemovedView>(new RemoveSite("ZRH")));
    }
}
