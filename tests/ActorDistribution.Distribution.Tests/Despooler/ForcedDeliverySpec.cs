using ActorDistribution.Distribution.Jobs;
using ActorDistribution.Distribution.PackageDirectories;
using ActorDistribution.Distribution.Packages;
using ActorDistribution.Distribution.Sites;
using ActorDistribution.Shares;

namespace ActorDistribution.Distribution.Tests.Despooler;

public sealed class ForcedDeliverySpec
{
    private static readonly TimeSpan Fast = TimeSpan.FromMinutes(120);

    /// <summary>Version 1 installed, then users hold files open while version 2 is delivered.</summary>
    private static PackageDirectoryDriver InstalledVersionOne()
    {
        var driver = new PackageDirectoryDriver();
        driver.AddVersion("1", ("setup.exe", "setup v1"), ("readme.txt", "readme v1"), ("bin/app.dll", "app v1"));
        driver.AddVersion("2", ("setup.exe", "setup v2"), ("readme.txt", "readme v2"), ("bin/app.dll", "app v2"));
        driver.Install("1", TargetSite.Forcing());
        driver.RunToEnd();
        Assert.Equal("installed (1)", driver.State.Status.Display);
        return driver;
    }

    [Fact]
    public void Article_example_fast_y10_z5_copies_22h05m_after_the_first_failed_attempt()
    {
        var driver = InstalledVersionOne();
        driver.HoldOpen("alice", "setup.exe");

        driver.Install("2", TargetSite.Forcing(ResponseMode.Fast, retries: 10, delayMinutes: 5));
        driver.RunToEnd();

        var t0 = driver.CurrentDelivery.OfType<AttemptFailed>().First().FirstFailedAt;
        Assert.Equal(TimeSpan.FromMinutes(1325), driver.Single<PackageFilesCopied>().At - t0);
        Assert.Equal(TimeSpan.FromMinutes(1325), driver.Single<DeliveryCompleted>().At - t0);
        Assert.Equal("22h05m", ForcedDeliveryTime.Format(driver.Single<DeliveryCompleted>().At - t0));
        Assert.Equal("setup v2", driver.Content("setup.exe"));
        Assert.Equal("installed (2)", driver.State.Status.Display);
    }

    [Fact]
    public void Files_open_wait_x_while_the_retry_count_has_not_exceeded_y_and_force_at_retry_y_plus_1()
    {
        var driver = InstalledVersionOne();
        driver.HoldOpen("alice", "bin/app.dll");

        driver.Install("2", TargetSite.Forcing(retries: 10));
        driver.RunToEnd();

        var failures = driver.CurrentDelivery.OfType<AttemptFailed>().ToList();
        var t0 = failures[0].FirstFailedAt;
        Assert.Equal(Enumerable.Range(0, 11), failures.Select(failure => failure.Attempt));
        Assert.All(failures, failure => Assert.Equal(t0 + Fast * failure.Attempt, failure.At));
        var forced = driver.Single<ForcedDisconnectionStarted>();
        Assert.Equal(11, forced.Attempt);
        Assert.Equal(t0 + Fast * 11, forced.At);
    }

    [Fact]
    public void The_warned_user_gets_a_warning_then_a_ready_message()
    {
        var driver = InstalledVersionOne();
        driver.HoldOpen("alice", "setup.exe");

        driver.Install("2", TargetSite.Forcing());
        driver.RunToEnd();

        var messages = driver.MessagesOf("alice");
        Assert.Equal(ForcedDisconnectionMessages.Warning("NTSRV1/OFFICE97", TimeSpan.FromMinutes(5)), messages[0]);
        Assert.Contains("access to it will be closed in 5 minutes", messages[0], StringComparison.Ordinal);
        Assert.Equal(ForcedDisconnectionMessages.Ready("NTSRV1/OFFICE97"), messages[^1]);
        Assert.Equal(["alice"], driver.Single<DisconnectionWarningSent>().Users);
        Assert.Equal(["alice"], driver.Single<ReadyNoticeSent>().Users);
    }

    [Fact]
    public void Access_is_revoked_during_the_forced_delivery_and_restored_after_it()
    {
        var driver = InstalledVersionOne();
        driver.HoldOpen("alice", "setup.exe");
        driver.Install("2", TargetSite.Forcing());
        var t0 = driver.Now;

        driver.RunUntil(t0 + Fast * 11 + TimeSpan.FromMinutes(1));
        Assert.Equal(AccessState.Revoked, driver.Host.GetAccessState(driver.Share).Value);
        Assert.False(driver.Host.Connect("carol", driver.Share).IsSuccess, "a new user must be refused while access is revoked");
        Assert.True(driver.Host.Connect(driver.Host.ServiceAccount, driver.Share).IsSuccess, "the service account keeps access");

        driver.RunToEnd();
        Assert.Equal(AccessState.Open, driver.Host.GetAccessState(driver.Share).Value);
        Assert.True(driver.Single<DirectoryAccessRestored>().At <= driver.Single<DeliveryCompleted>().At);
    }

    [Fact]
    public void A_user_who_closes_before_the_delay_is_warned_and_notified_but_not_force_closed()
    {
        var driver = InstalledVersionOne();
        driver.HoldOpen("alice", "setup.exe");
        var (_, bobsHandle) = driver.HoldOpen("bob", "readme.txt");
        driver.Install("2", TargetSite.Forcing(retries: 10, delayMinutes: 5));
        var t0 = driver.Now;

        driver.RunUntil(t0 + Fast * 11 + TimeSpan.FromMinutes(2));
        Assert.True(driver.Host.CloseHandle(bobsHandle).IsSuccess);
        driver.RunToEnd();

        Assert.Equal(["alice", "bob"], driver.Single<DisconnectionWarningSent>().Users);
        Assert.Equal(["alice"], driver.Single<UsersDisconnected>().Users);
        Assert.Equal(["alice", "bob"], driver.Single<ReadyNoticeSent>().Users);
        Assert.Equal(
            [ForcedDisconnectionMessages.Warning("NTSRV1/OFFICE97", TimeSpan.FromMinutes(5)), ForcedDisconnectionMessages.Ready("NTSRV1/OFFICE97")],
            driver.MessagesOf("bob"));
        Assert.Contains(ForcedDisconnectionMessages.ForceClose("NTSRV1/OFFICE97"), driver.MessagesOf("alice"));
        Assert.Equal("readme v2", driver.Content("readme.txt"));
    }

    [Fact]
    public void With_no_file_open_the_first_attempt_copies_everything_without_revoking()
    {
        var driver = InstalledVersionOne();

        driver.Install("2", TargetSite.Forcing());
        driver.RunToEnd();

        Assert.Single(driver.CurrentDelivery.OfType<NoOpenFilesFound>(), found => found.At == driver.Now);
        Assert.Empty(driver.CurrentDelivery.OfType<DirectoryAccessRevoked>());
        Assert.Empty(driver.CurrentDelivery.OfType<AttemptFailed>());
        Assert.Equal("app v2", driver.Content("bin/app.dll"));
    }

    [Fact]
    public void Files_closed_during_the_retries_are_updated_at_the_next_attempt_without_forcing()
    {
        var driver = InstalledVersionOne();
        var (_, handle) = driver.HoldOpen("alice", "setup.exe");
        driver.Install("2", TargetSite.Forcing(retries: 10));
        var t0 = driver.Now;

        driver.RunUntil(t0 + Fast * 3 + TimeSpan.FromMinutes(30));
        driver.Host.CloseHandle(handle);
        driver.RunToEnd();

        Assert.Equal(t0 + Fast * 4, driver.Single<DeliveryCompleted>().At);
        Assert.Empty(driver.CurrentDelivery.OfType<ForcedDisconnectionStarted>());
        Assert.Empty(driver.MessagesOf("alice"));
    }

    [Theory]
    [InlineData(ResponseMode.VeryFast, 24)]
    [InlineData(ResponseMode.Fast, 120)]
    [InlineData(ResponseMode.Medium, 360)]
    [InlineData(ResponseMode.Slow, 720)]
    public void Forced_delivery_time_is_x_times_y_plus_1_plus_z_to_the_minute_for_every_y_and_z(ResponseMode response, int xMinutes)
    {
        var wrong = new List<string>();
        foreach (var y in Enumerable.Range(0, 16))
        {
            foreach (var z in new[] { 0, 1, 5, 30 })
            {
                var driver = new PackageDirectoryDriver();
                driver.AddVersion("1", ("setup.exe", "setup v1"));
                driver.Seed("setup.exe", "setup v0");
                driver.HoldOpen("alice", "setup.exe");
                driver.Install("1", TargetSite.Forcing(response, y, z));
                driver.RunToEnd();

                var t0 = driver.CurrentDelivery.OfType<AttemptFailed>().First().FirstFailedAt;
                var expected = TimeSpan.FromMinutes((long)xMinutes * (y + 1) + z);
                var copiedAfter = driver.Single<PackageFilesCopied>().At - t0;
                if (copiedAfter != expected || expected != ForcedDeliveryTime.Compute(TimeSpan.FromMinutes(xMinutes), y, TimeSpan.FromMinutes(z)))
                    wrong.Add($"y={y} z={z}: copied after {copiedAfter.TotalMinutes} min, expected {expected.TotalMinutes}");
                var warned = driver.Single<DisconnectionWarningSent>();
                var disconnected = driver.Single<UsersDisconnected>();
                if (disconnected.At - warned.At < TimeSpan.FromMinutes(z) || !disconnected.Users.All(warned.Users.Contains))
                    wrong.Add($"y={y} z={z}: disconnected {string.Join(",", disconnected.Users)} at {disconnected.At}, warned {string.Join(",", warned.Users)} at {warned.At}");
                if (driver.Host.GetAccessState(driver.Share).Value != AccessState.Open)
                    wrong.Add($"y={y} z={z}: access left revoked");
                wrong.AddRange(PackageDirectoryInvariants.Check(driver.Events).Select(violation => $"y={y} z={z}: {violation.Message}"));
            }
        }

        Assert.True(wrong.Count == 0, $"{response}: {string.Join("; ", wrong)}");
    }

    [Fact]
    public void Settings_of_the_target_site_decide_a_job_from_a_forcing_site_to_a_non_forcing_one_does_not_force()
    {
        var sourceSite = TargetSite.Forcing();
        var targetSite = TargetSite.NotForcing();
        Assert.True(sourceSite.UseForcedDisconnect);
        var driver = InstalledVersionOne();
        driver.HoldOpen("alice", "setup.exe");

        driver.Install("2", targetSite);
        driver.RunToEnd();

        Assert.False(driver.CurrentDelivery.OfType<DeliveryRequested>().Last().Plan.ForcedDelivery);
        Assert.Empty(driver.CurrentDelivery.OfType<ForcedDisconnectionStarted>());
        Assert.StartsWith("failed (", driver.State.Status.Display, StringComparison.Ordinal);
    }

    [Fact]
    public void Settings_of_the_target_site_decide_a_job_from_a_non_forcing_site_to_a_forcing_one_forces()
    {
        var sourceSite = TargetSite.NotForcing();
        var targetSite = TargetSite.Forcing();
        Assert.False(sourceSite.UseForcedDisconnect);
        var driver = InstalledVersionOne();
        driver.HoldOpen("alice", "setup.exe");

        driver.Install("2", targetSite);
        driver.RunToEnd();

        Assert.Single(driver.CurrentDelivery.OfType<ForcedDisconnectionStarted>());
        Assert.Equal("installed (2)", driver.State.Status.Display);
    }

    [Theory]
    [InlineData(JobType.System)]
    public void Job_types_that_do_not_allow_forcing_retry_without_forcing_even_when_the_site_forces(JobType jobType)
    {
        var driver = InstalledVersionOne();
        driver.HoldOpen("alice", "setup.exe");

        driver.Install("2", TargetSite.Forcing(), jobType);
        driver.RunToEnd();

        Assert.Empty(driver.CurrentDelivery.OfType<ForcedDisconnectionStarted>());
        Assert.Empty(driver.CurrentDelivery.OfType<DirectoryAccessRevoked>());
        Assert.Empty(driver.MessagesOf("alice"));
        Assert.StartsWith("failed (", driver.State.Status.Display, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(JobType.RunCommandOnWorkstation)]
    [InlineData(JobType.SharePackageOnServer)]
    public void Job_types_that_allow_forcing_force_when_the_site_forces(JobType jobType)
    {
        var driver = InstalledVersionOne();
        driver.HoldOpen("alice", "setup.exe");

        driver.Install("2", TargetSite.Forcing(), jobType);
        driver.RunToEnd();

        Assert.Single(driver.CurrentDelivery.OfType<ForcedDisconnectionStarted>());
        Assert.Equal("installed (2)", driver.State.Status.Display);
    }

    [Fact]
    public void A_copy_that_fails_after_forcing_still_restores_access_notifies_and_retries()
    {
        var driver = new PackageDirectoryDriver();
        driver.Seed("setup.exe", "setup v1");
        var manifest = driver.AddVersion("2", ("setup.exe", "setup v2"));
        driver.HoldOpen("alice", "setup.exe");
        var withMissingSource = manifest.Append(new PackageFile("missing.txt", 1, new string('0', 64))).ToList();

        driver.Install("2", withMissingSource, TargetSite.Forcing(retries: 0));
        driver.RunUntil(driver.Now + Fast + TimeSpan.FromMinutes(6));

        Assert.Contains("source missing", driver.CurrentDelivery.OfType<AttemptFailed>().Last().Reason, StringComparison.Ordinal);
        Assert.Equal(AccessState.Open, driver.Host.GetAccessState(driver.Share).Value);
        Assert.Equal(["alice"], driver.Single<ReadyNoticeSent>().Users);
        Assert.Equal(PackageDirectoryPhase.Retrying, driver.State.Phase);
    }

    [Fact]
    public void An_install_arriving_while_access_is_revoked_starts_once_access_is_restored()
    {
        var driver = InstalledVersionOne();
        driver.AddVersion("3", ("setup.exe", "setup v3"), ("readme.txt", "readme v3"), ("bin/app.dll", "app v3"));
        driver.HoldOpen("alice", "setup.exe");
        driver.Install("2", TargetSite.Forcing());
        driver.RunUntil(driver.Now + Fast * 11 + TimeSpan.FromMinutes(1));

        Assert.IsType<RequestQueued>(Assert.Single(driver.Install("3", TargetSite.Forcing())));
        driver.RunToEnd();

        var completed = driver.Events.OfType<DeliveryCompleted>().Select(e => e.Version).ToList();
        Assert.Equal(["1", "2", "3"], completed);
        Assert.True(driver.Events.OfType<DirectoryAccessRestored>().Last().At <= driver.Events.OfType<DeliveryRequested>().Last().At);
        Assert.Equal("setup v3", driver.Content("setup.exe"));
    }

    [Fact]
    public void A_user_who_opens_a_file_after_the_warning_is_not_disconnected_unwarned_but_warned_at_the_next_attempt()
    {
        var driver = InstalledVersionOne();
        driver.HoldOpen("alice", "setup.exe");
        var daves = driver.Host.Connect("dave", driver.Share).Value;
        driver.Install("2", TargetSite.Forcing(retries: 10, delayMinutes: 5));
        var t0 = driver.Now;

        driver.RunUntil(t0 + Fast * 11 + TimeSpan.FromMinutes(1));
        Assert.True(driver.Host.OpenFile(daves.Id, "readme.txt").IsSuccess, "a session connected before the revocation keeps its access");
        driver.RunToEnd();

        var disconnections = driver.CurrentDelivery.OfType<UsersDisconnected>().ToList();
        Assert.Equal([["alice"], ["dave"]], disconnections.Select(d => d.Users));
        Assert.Equal(t0 + Fast * 12 + TimeSpan.FromMinutes(5), driver.Single<DeliveryCompleted>().At);
        Assert.Empty(PackageDirectoryInvariants.Check(driver.Events));
        Assert.Equal("readme v2", driver.Content("readme.txt"));
    }
}
