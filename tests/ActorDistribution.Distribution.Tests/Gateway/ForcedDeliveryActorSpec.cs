using ActorDistribution.Distribution.PackageDirectories;
using ActorDistribution.Distribution.Requests;
using ActorDistribution.Shares;

namespace ActorDistribution.Distribution.Tests.Gateway;

/// <summary>The article's example end to end through the actors: fast site (x = 120 min), y = 10, z = 5 → 22h05m.</summary>
public sealed class ForcedDeliveryActorSpec : DespoolerWorld
{
    private static readonly TimeSpan X = TimeSpan.FromMinutes(120);
    private static readonly TimeSpan ForcedAt = TimeSpan.FromMinutes(120 * 11 + 5);

    /// <summary>Version 1 installed on NTSRV1 at a forcing site; alice runs setup.exe from it; version 2 is shared: t0 is now.</summary>
    private DateTimeOffset UpdateWhileAliceRunsSetup()
    {
        Site("CH2", "fast", "use-forced-disconnect=on", "retries-before-forced-disconnection=10", "forced-disconnection-delay=5");
        Request<ServerView>(new AddServer("NTSRV1", "CH2"));
        Request<PackageVersionView>(new AddPackage("OFFICE97", Source("v1", ("setup.exe", "setup v1"), ("data/readme.txt", "readme v1"))));
        Job("share-package-on-server", "OFFICE97", "CH2");
        Assert.Equal("installed (1)", Status("OFFICE97", "NTSRV1"));

        HoldOpen("alice", "NTSRV1", "OFFICE97", "setup.exe");
        Request<PackageVersionView>(new UpdatePackage("OFFICE97", Source("v2", ("setup.exe", "setup v2"), ("data/readme.txt", "readme v2"))));
        var t0 = Clock.Now;
        Job("share-package-on-server", "OFFICE97", "CH2");
        return t0;
    }

    [Theory]
    [InlineData("very-fast", 24)]
    [InlineData("fast", 120)]
    [InlineData("medium", 360)]
    [InlineData("slow", 720)]
    public async Task Every_response_mode_forces_at_x_times_y_plus_1_plus_z(string response, int xMinutes)
    {
        Site("CH2", response, "use-forced-disconnect=on", "retries-before-forced-disconnection=2", "forced-disconnection-delay=17");
        Request<ServerView>(new AddServer("NTSRV1", "CH2"));
        Request<PackageVersionView>(new AddPackage("OFFICE97", Source("v1", ("setup.exe", "setup v1"))));
        Job("share-package-on-server", "OFFICE97", "CH2");
        HoldOpen("alice", "NTSRV1", "OFFICE97", "setup.exe");
        Request<PackageVersionView>(new UpdatePackage("OFFICE97", Source("v2", ("setup.exe", "setup v2"))));
        var t0 = Clock.Now;
        var expected = TimeSpan.FromMinutes(xMinutes * 3 + 17);

        Job("share-package-on-server", "OFFICE97", "CH2");
        Advance(expected - TimeSpan.FromMinutes(1));
        Assert.StartsWith("warning-sent", Status("OFFICE97", "NTSRV1"));
        Advance(TimeSpan.FromMinutes(1));

        Assert.Equal("installed (2)", Status("OFFICE97", "NTSRV1"));
        Assert.Equal(t0 + expected, (await EventsOf("pkgdir/NTSRV1/OFFICE97")).OfType<PackageFilesCopied>().Last().At);
    }

    [Fact]
    public void Files_held_open_make_the_first_attempt_fail_and_wait_x()
    {
        UpdateWhileAliceRunsSetup();

        Assert.Equal("retrying (retry 1 of 10, next at 2026-01-01 02:00 UTC, forced copy at 2026-01-01 22:05 UTC)", Status("OFFICE97", "NTSRV1"));
        Assert.Equal("setup v1", Content("NTSRV1", "OFFICE97", "setup.exe"));
        Advance(X);
        Assert.Equal("retrying (retry 2 of 10, next at 2026-01-01 04:00 UTC, forced copy at 2026-01-01 22:05 UTC)", Status("OFFICE97", "NTSRV1"));
    }

    [Fact]
    public void The_forced_copy_happens_at_exactly_22h05m_after_the_first_failed_attempt()
    {
        var t0 = UpdateWhileAliceRunsSetup();

        Advance(X * 10);
        Assert.Equal("retrying (10 of 10 retries done, forcing at 2026-01-01 22:00 UTC, forced copy at 2026-01-01 22:05 UTC)", Status("OFFICE97", "NTSRV1"));
        Advance(X);
        var closesAt = t0 + ForcedAt;
        Assert.Equal(new InstallStatus(InstallStatusKind.WarningSent, ClosesAt: closesAt).Display, Status("OFFICE97", "NTSRV1"));
        Assert.Equal(AccessState.Revoked, Shares.GetAccessState(new ShareAddress("NTSRV1", "OFFICE97")).Value);

        Advance(ForcedAt - X * 11 - TimeSpan.FromMinutes(1));
        Assert.Equal("setup v1", Content("NTSRV1", "OFFICE97", "setup.exe"));
        Advance(TimeSpan.FromMinutes(1));

        Assert.Equal("installed (2)", Status("OFFICE97", "NTSRV1"));
        Assert.Equal("setup v2", Content("NTSRV1", "OFFICE97", "setup.exe"));
        Assert.Equal("readme v2", Content("NTSRV1", "OFFICE97", "data/readme.txt"));
    }

    [Fact]
    public async Task The_journal_shows_the_copy_at_t0_plus_22h05m()
    {
        var t0 = UpdateWhileAliceRunsSetup();
        Advance(ForcedAt);

        var events = (await EventsOf("pkgdir/NTSRV1/OFFICE97")).OfType<PackageDirectoryEvent>().ToList();
        var copied = events.OfType<PackageFilesCopied>().Last();
        Assert.Equal(t0 + ForcedAt, copied.At);
        Assert.Equal(ForcedAt, copied.At - events.OfType<AttemptFailed>().Last().FirstFailedAt);
        Assert.Empty(PackageDirectoryInvariants.Check(events));
    }

    [Fact]
    public void The_user_holding_setup_is_warned_then_told_the_directory_is_ready_and_access_is_restored()
    {
        UpdateWhileAliceRunsSetup();
        Advance(X * 11);
        Assert.Equal([ForcedDisconnectionMessages.Warning("NTSRV1/OFFICE97", TimeSpan.FromMinutes(5))], MessagesOf("alice"));

        Advance(TimeSpan.FromMinutes(5));

        Assert.Equal(
            [
                ForcedDisconnectionMessages.Warning("NTSRV1/OFFICE97", TimeSpan.FromMinutes(5)),
                ForcedDisconnectionMessages.ForceClose("NTSRV1/OFFICE97"),
                ForcedDisconnectionMessages.Ready("NTSRV1/OFFICE97"),
            ],
            MessagesOf("alice"));
        Assert.Equal(AccessState.Open, Shares.GetAccessState(new ShareAddress("NTSRV1", "OFFICE97")).Value);
        Assert.True(Shares.Connect("bob", new ShareAddress("NTSRV1", "OFFICE97")).IsSuccess, "a new session is refused after the delivery");
    }

    [Fact]
    public void The_job_is_in_progress_while_escalating_and_completed_once_installed()
    {
        UpdateWhileAliceRunsSetup();
        Assert.Equal("in-progress", Request<JobView>(new ShowJob("2")).Status);

        Advance(ForcedAt);

        var job = Request<JobView>(new ShowJob("2"));
        Assert.Equal("completed", job.Status);
        Assert.Equal([new JobTargetView("CH2", "NTSRV1", "installed (2)")], job.Targets);
    }
}
