using ActorDistribution.Distribution.Caps;
using ActorDistribution.Distribution.Clients;
using ActorDistribution.Distribution.Gateway;
using ActorDistribution.Distribution.InboxManagers;
using ActorDistribution.Distribution.Requests;
using ActorDistribution.Distribution.StuckLockRemedies;
using Akka.Actor;

namespace ActorDistribution.Distribution.Tests.InboxActors;

/// <summary>The gateway's requests: what they create on the shares and in the journal, and clear rejections.</summary>
public sealed class InboxGatewaySpec() : InboxActorKit("")
{
    [Fact]
    public async Task Adding_a_cap_creates_its_share_and_inbox_folders_and_attaches_it_to_the_site()
    {
        var accepted = Request<CapAccepted>(new AddCap("CAP_EVE", Site));

        Assert.Equal("CAP_EVE/CAP", accepted.Location);
        Assert.Equal([OfferInbox, ComponentInbox], accepted.Inboxes);
        Assert.True(Shares.ListDirectory(CapShares.Address("CAP_EVE"), ComponentInbox).IsSuccess, "the component inbox folder should exist");
        Assert.Equal(Site, Assert.Single(await Events<CapAdded>("cap/CAP_EVE")).Site);
        Assert.Equal(["CAP_EVE"], Request<InboxManagerReport>(new GetInboxManagerStatus(Site)).Caps);
    }

    [Fact]
    public void Adding_the_same_cap_twice_is_accepted_but_not_for_another_site()
    {
        Request<CapAccepted>(new AddCap(Cap, Site));

        Request<CapAccepted>(new AddCap(Cap, Site));
        var rejected = Request<Rejected>(new AddCap(Cap, "ZRH"));

        Assert.Contains("already serves site CH2", rejected.Reason);
    }

    [Theory]
    [InlineData("", "a CAP name is required")]
    [InlineData("A/B/C", "use SERVER/SHARE or a plain name")]
    [InlineData(@"OSHER\CAP", "use SERVER/SHARE or a plain name")]
    public void A_bad_cap_name_is_rejected_with_what_is_allowed(string name, string reason)
        => Assert.Contains(reason, Request<Rejected>(new AddCap(name, Site)).Reason);

    [Fact]
    public void A_request_without_a_site_code_is_rejected_like_site_add()
        => Assert.Equal("site code: a name is required", Request<Rejected>(new StartSiteInboxManager(" ")).Reason);

    public static TheoryData<object> SiteRequests(string site) =>
    [
        new AddCap("CAP_EVE", site),
        new AddClient("WKS01", site, ClientMode.Scan),
        new DropIntoSiteInbox(site, OfferInbox, "CH220009.ofr", [1]),
        new StartSiteInboxManager(site),
        new StopSiteInboxManager(site),
        new ScanSiteInboxes(site),
        new GetInboxManagerStatus(site),
        new GetRemedyStatus(site),
    ];

    public static TheoryData<object> UnknownSiteRequests => SiteRequests("NOPE");

    public static TheoryData<object> MisshapenSiteRequests => SiteRequests("C/H");

    [Theory]
    [MemberData(nameof(UnknownSiteRequests))]
    public void A_site_the_despooler_side_does_not_know_is_rejected_with_its_wording(object request)
        => Assert.Equal("unknown site 'NOPE'; known sites: CH2, ZRH", Request<Rejected>(request).Reason);

    [Theory]
    [MemberData(nameof(MisshapenSiteRequests))]
    public void A_site_code_of_the_wrong_shape_is_rejected_like_site_add(object request)
        => Assert.Equal("site code 'C/H' is not allowed: letters, digits, '_' and '-' only", Request<Rejected>(request).Reason);

    [Fact]
    public void A_site_is_matched_case_insensitively_and_keeps_its_registered_spelling()
    {
        Assert.Equal(Site, Request<CapAccepted>(new AddCap("CAP_EVE", "ch2")).Site);
        Assert.Equal(Site, Request<ClientAccepted>(new AddClient("WKS01", "ch2", ClientMode.Scan)).Site);
        Assert.Equal(["CAP_EVE"], Request<InboxManagerReport>(new GetInboxManagerStatus(Site)).Caps);
    }

    [Fact]
    public async Task The_inbox_side_learns_the_known_sites_from_the_despooler_gateway()
    {
        var despooler = DespoolerBootstrap.Start(Sys, "despooler-side");
        Assert.IsType<SiteView>(await despooler.Ask<object>(new AddSite("OSH"), TimeSpan.FromHours(1)).WaitAsync(TimeSpan.FromSeconds(10)));
        var inboxes = InboxBootstrap.Start(Sys, despooler, "inboxes-of-osh");

        var accepted = await inboxes.Ask<object>(new AddCap("CAP_OSH", "osh"), TimeSpan.FromHours(1)).WaitAsync(TimeSpan.FromSeconds(10));
        var rejected = await inboxes.Ask<object>(new AddCap("CAP_CH2", Site), TimeSpan.FromHours(1)).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal("OSH", Assert.IsType<CapAccepted>(accepted).Site);
        Assert.Equal("unknown site 'CH2'; known sites: OSH", Assert.IsType<Rejected>(rejected).Reason);
    }

    [Fact]
    public void Dropping_into_an_unknown_inbox_names_the_inboxes_there_are()
    {
        var rejected = Request<Rejected>(new DropIntoSiteInbox(Site, "outbox", "a.ofr", [1]));

        Assert.Contains("offerinf.box, clicomp.box/swdist", rejected.Reason);
    }

    [Fact]
    public void Dropping_a_file_named_like_the_lock_is_rejected()
        => Assert.Contains("lock file", Request<Rejected>(new DropIntoSiteInbox(Site, OfferInbox, "InboxLck.TOK", [])).Reason);

    [Fact]
    public void Dropping_writes_into_the_site_server_inbox_share()
    {
        var dropped = Request<DroppedIntoSiteInbox>(new DropIntoSiteInbox(Site, "OfferInf.Box", "CH220009.ofr", [1, 2]));

        Assert.Equal("SITESRV_CH2/SMS_CH2", dropped.Share);
        Assert.Equal("offerinf.box/CH220009.ofr", dropped.Path);
        Assert.Equal(2, dropped.Bytes);
    }

    [Fact]
    public void Scanning_a_stopped_manager_is_rejected_with_how_to_start_it()
        => Assert.Contains("component start inbox-manager --site CH2", Request<Rejected>(new ScanSiteInboxes(Site)).Reason);

    [Fact]
    public void The_log_of_an_unknown_client_is_rejected_with_how_to_add_it()
        => Assert.Contains("client add WKS99 --site", Request<Rejected>(new GetClientLog("WKS99")).Reason);

    [Fact]
    public void Adding_an_existing_client_with_another_mode_is_rejected()
    {
        Request<ClientAccepted>(new AddClient("WKS01", Site, ClientMode.Scan));

        Assert.Contains("already exists", Request<Rejected>(new AddClient("WKS01", Site, ClientMode.LegacyOpenCheck)).Reason);
    }

    [Fact]
    public void Status_of_an_unknown_cap_is_rejected_and_of_no_cap_is_empty()
    {
        Assert.Empty(Request<InboxStatusRows>(new GetInboxStatus()).Rows);
        Assert.Contains("no CAP named CAP_ZED", Request<Rejected>(new GetInboxStatus("CAP_ZED")).Reason);
    }

    [Fact]
    public void The_remedy_status_of_an_unwatched_site_says_so()
        => Assert.Equal(RemedyStep.Unwatched, Request<RemedyReport>(new GetRemedyStatus(Site)).Step);

    [Fact]
    public void Stopping_while_updates_run_reports_stopping_until_they_end()
    {
        Arrange(ClientMode.Scan, 0, TimeSpan.Zero, TimeSpan.Zero);
        Advance(TimeSpan.Zero);

        var stopping = Request<InboxManagerReport>(new StopSiteInboxManager(Site));
        RunUntil(TimeSpan.FromSeconds(11));

        Assert.Equal(InboxManagerStatus.Stopping, stopping.Status);
        Assert.Equal(2, stopping.Writing.Count);
        Assert.Equal(InboxManagerStatus.Stopped, Request<InboxManagerReport>(new GetInboxManagerStatus(Site)).Status);
    }
}
