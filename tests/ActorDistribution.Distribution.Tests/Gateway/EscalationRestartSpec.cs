using ActorDistribution.Distribution.Jobs;
using ActorDistribution.Distribution.PackageDirectories;
using ActorDistribution.Distribution.Requests;
using ActorDistribution.Distribution.SiteDespoolers;
using ActorDistribution.Shares;

namespace ActorDistribution.Distribution.Tests.Gateway;

/// <summary>A node restart mid-escalation (every actor stopped, new ones recovering from the same journal) keeps the original due times.</summary>
public sealed class EscalationRestartSpec : DespoolerWorld
{
    private static readonly TimeSpan X = TimeSpan.FromMinutes(120);
    private static readonly TimeSpan ForcedAt = TimeSpan.FromMinutes(120 * 11 + 5);
    private static readonly string Warning = ForcedDisconnectionMessages.Warning("NTSRV1/OFFICE97", TimeSpan.FromMinutes(5));

    private DateTimeOffset UpdateWhileAliceRunsSetup()
    {
        Site("CH2", "fast", "use-forced-disconnect=on", "retries-before-forced-disconnection=10", "forced-disconnection-delay=5");
        Request<ServerView>(new AddServer("NTSRV1", "CH2"));
        Request<PackageVersionView>(new AddPackage("OFFICE97", Source("v1", ("setup.exe", "setup v1"))));
        Job("share-package-on-server", "OFFICE97", "CH2");
        HoldOpen("alice", "NTSRV1", "OFFICE97", "setup.exe");
        Request<PackageVersionView>(new UpdatePackage("OFFICE97", Source("v2", ("setup.exe", "setup v2"))));
        var t0 = Clock.Now;
        Job("share-package-on-server", "OFFICE97", "CH2");
        return t0;
    }

    private async Task<DateTimeOffset> CopiedAt() =>
        (await EventsOf("pkgdir/NTSRV1/OFFICE97")).OfType<PackageFilesCopied>().Last().At;

    [Fact]
    public async Task A_restart_while_retrying_still_forces_at_22h05m()
    {
        var t0 = UpdateWhileAliceRunsSetup();
        Advance(X * 5 + TimeSpan.FromMinutes(30));

        RestartGateway();
        Assert.Equal("retrying (retry 6 of 10, next at 2026-01-01 12:00 UTC, forced copy at 2026-01-01 22:05 UTC)", Status("OFFICE97", "NTSRV1"));
        Advance(ForcedAt - X * 5 - TimeSpan.FromMinutes(30));

        Assert.Equal("installed (2)", Status("OFFICE97", "NTSRV1"));
        Assert.Equal(t0 + ForcedAt, await CopiedAt());
    }

    [Fact]
    public async Task A_restart_after_the_warning_disconnects_at_the_original_time_and_warns_only_once()
    {
        var t0 = UpdateWhileAliceRunsSetup();
        Advance(X * 11 + TimeSpan.FromMinutes(2));
        Assert.Equal(AccessState.Revoked, Shares.GetAccessState(new ShareAddress("NTSRV1", "OFFICE97")).Value);

        RestartGateway();
        Assert.StartsWith("warning-sent", Status("OFFICE97", "NTSRV1"));
        Advance(TimeSpan.FromMinutes(3));

        Assert.Equal("installed (2)", Status("OFFICE97", "NTSRV1"));
        Assert.Equal(t0 + ForcedAt, await CopiedAt());
        Assert.Single(MessagesOf("alice"), m => m == Warning);
        Assert.Single((await EventsOf("pkgdir/NTSRV1/OFFICE97")).OfType<DeliveryRequested>(), e => e.Version == "2");
        Assert.Equal(AccessState.Open, Shares.GetAccessState(new ShareAddress("NTSRV1", "OFFICE97")).Value);
        Assert.Empty(PackageDirectoryInvariants.Check((await EventsOf("pkgdir/NTSRV1/OFFICE97")).OfType<PackageDirectoryEvent>()));
    }

    [Fact]
    public void An_order_dispatched_but_lost_in_a_crash_is_sent_again_after_the_restart()
    {
        Site("CH2");
        Request<ServerView>(new AddServer("NTSRV1", "CH2"));
        var version = Request<PackageVersionView>(new AddPackage("OFFICE97", Source("v1", ("setup.exe", "setup v1"))));
        var settings = Request<SiteView>(new ShowSite("CH2")).InEffect!;
        StopGateway();

        // What the despooler wrote just before the crash; the Install it was about to send never left the process.
        var order = new DeliveryOrder("1", JobType.SharePackageOnServer, "OFFICE97", version.Version, version.Files, ["NTSRV1"]);
        Append("despooler/CH2", new DeliveryOrderReceived(Clock.Now, order), new DeliveryOrderDispatched(Clock.Now, "1", settings, null));

        StartGateway();

        Assert.Equal("installed (1)", Status("OFFICE97", "NTSRV1"));
    }

    [Fact]
    public void A_delivery_queued_at_a_paused_despooler_and_the_job_numbers_survive_a_restart()
    {
        Site("CH2");
        Request<ServerView>(new AddServer("NTSRV1", "CH2"));
        Request<PackageVersionView>(new AddPackage("OFFICE97", Source("v1", ("setup.exe", "setup v1"))));
        Request<ComponentView>(new ControlComponent("despooler", "pause", "CH2"));
        Job("share-package-on-server", "OFFICE97", "CH2");

        RestartGateway();
        Assert.Equal("paused", Request<SiteView>(new ShowSite("CH2")).Despooler);
        Request<ComponentView>(new ControlComponent("despooler", "continue", "CH2"));

        Assert.Equal("installed (1)", Status("OFFICE97", "NTSRV1"));
        Assert.Equal("2", Request<JobView>(new CreateJob("share-package-on-server", "OFFICE97", ["CH2"])).Id);
    }
}
