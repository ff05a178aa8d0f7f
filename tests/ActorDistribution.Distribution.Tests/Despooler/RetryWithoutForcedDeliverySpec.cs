using ActorDistribution.Distribution.PackageDirectories;
using ActorDistribution.Distribution.Packages;
using ActorDistribution.Distribution.Sites;
using ActorDistribution.Shares;

namespace ActorDistribution.Distribution.Tests.Despooler;

public sealed class RetryWithoutForcedDeliverySpec
{
    private static readonly TimeSpan Fast = TimeSpan.FromMinutes(120);

    private static PackageDirectoryDriver InstalledVersionOne()
    {
        var driver = new PackageDirectoryDriver();
        driver.AddVersion("1", ("a.txt", "a v1"), ("setup.exe", "setup v1"), ("z.txt", "z v1"));
        driver.AddVersion("2", ("a.txt", "a v2"), ("setup.exe", "setup v2"), ("z.txt", "z v2"));
        driver.Install("1", TargetSite.NotForcing());
        driver.RunToEnd();
        return driver;
    }

    [Fact]
    public void A_locked_file_stops_the_copy_and_leaves_the_directory_partly_updated()
    {
        var driver = InstalledVersionOne();
        driver.HoldOpen("alice", "setup.exe");

        driver.Install("2", TargetSite.NotForcing());
        driver.RunUntil(driver.Now);

        Assert.Equal("a v2", driver.Content("a.txt"));
        Assert.Equal("setup v1", driver.Content("setup.exe"));
        Assert.Equal("z v1", driver.Content("z.txt"));
        var failed = driver.Single<AttemptFailed>();
        Assert.Equal("setup.exe", failed.LockedFile);
        Assert.Equal(["alice"], failed.Users);
        Assert.Equal("retrying (retry 1 of 12, next at 2026-01-01 02:00 UTC, partly updated: 1 of 3 files copied)", driver.State.Status.Display);
    }

    [Fact]
    public void Retries_every_x_up_to_max_retries_then_the_status_becomes_failed()
    {
        var driver = InstalledVersionOne();
        driver.HoldOpen("alice", "setup.exe");

        driver.Install("2", TargetSite.NotForcing());
        var t0 = driver.Now;
        driver.RunToEnd();

        var attempts = driver.CurrentDelivery.OfType<AttemptStarted>().ToList();
        Assert.Equal(Enumerable.Range(0, PackageDirectoryDriver.Options.MaxRetries + 1), attempts.Select(a => a.Attempt));
        Assert.All(attempts, attempt => Assert.Equal(t0 + Fast * attempt.Attempt, attempt.At));
        Assert.Equal(t0 + Fast * 12, driver.Single<DeliveryFailed>().At);
        Assert.StartsWith("failed (sharing violation: NTSRV1/OFFICE97/setup.exe", driver.State.Status.Display, StringComparison.Ordinal);
        Assert.Null(driver.State.NextDue);
        Assert.Empty(driver.MessagesOf("alice"));
        Assert.Equal(AccessState.Open, driver.Host.GetAccessState(driver.Share).Value);
    }

    [Fact]
    public void A_later_retry_completes_the_update_once_the_file_is_closed()
    {
        var driver = InstalledVersionOne();
        var (_, handle) = driver.HoldOpen("alice", "setup.exe");
        driver.Install("2", TargetSite.NotForcing());
        var t0 = driver.Now;

        driver.RunUntil(t0 + Fast + TimeSpan.FromMinutes(1));
        driver.Host.CloseHandle(handle);
        driver.RunToEnd();

        Assert.Equal(t0 + Fast * 2, driver.Single<DeliveryCompleted>().At);
        Assert.Equal(["a v2", "setup v2", "z v2"], new[] { "a.txt", "setup.exe", "z.txt" }.Select(driver.Content));
        Assert.Equal("installed (2)", driver.State.Status.Display);
    }

    [Fact]
    public void A_later_install_after_a_failed_delivery_completes_the_update()
    {
        var driver = InstalledVersionOne();
        var (_, handle) = driver.HoldOpen("alice", "setup.exe");
        driver.Install("2", TargetSite.NotForcing());
        driver.RunToEnd();
        Assert.Equal(PackageDirectoryPhase.Failed, driver.State.Phase);

        driver.Host.CloseHandle(handle);
        driver.Install("2", TargetSite.NotForcing());
        driver.RunToEnd();

        Assert.Equal("installed (2)", driver.State.Status.Display);
        Assert.Equal("z v2", driver.Content("z.txt"));
    }

    [Fact]
    public void A_sha256_mismatch_after_the_copy_is_a_copy_failure_that_is_retried()
    {
        var driver = InstalledVersionOne();
        var manifest = driver.AddVersion("3", ("a.txt", "a v3"), ("setup.exe", "setup v3"));
        var claimed = manifest.Select(file => file.Path == "setup.exe" ? file with { Sha256 = new string('a', 64) } : file).ToList();

        driver.Install("3", claimed, TargetSite.NotForcing());
        driver.RunUntil(driver.Now);

        var failed = driver.Single<AttemptFailed>();
        Assert.StartsWith("copy check: SHA-256 mismatch on setup.exe", failed.Reason, StringComparison.Ordinal);
        Assert.Equal("setup.exe", failed.LockedFile);
        Assert.Empty(driver.CurrentDelivery.OfType<DeliveryCompleted>());
        Assert.Equal(PackageDirectoryPhase.Retrying, driver.State.Phase);
        Assert.Equal("1", driver.State.InstalledVersion);
    }

    [Fact]
    public void A_missing_source_file_is_a_copy_failure_that_is_retried()
    {
        var driver = InstalledVersionOne();
        var manifest = driver.AddVersion("3", ("a.txt", "a v3"));
        var withMissing = manifest.Append(new PackageFile("gone.txt", 3, new string('b', 64))).ToList();

        driver.Install("3", withMissing, TargetSite.NotForcing());
        driver.RunUntil(driver.Now);

        Assert.StartsWith("source missing: gone.txt", driver.Single<AttemptFailed>().Reason, StringComparison.Ordinal);
        Assert.Equal(driver.Now + Fast, driver.State.NextDue?.At);
    }

    [Fact]
    public void Forced_disconnect_off_at_the_target_never_warns_or_revokes()
    {
        var driver = InstalledVersionOne();
        driver.HoldOpen("alice", "setup.exe");

        driver.Install("2", new SiteSettings(ResponseMode.VeryFast, false, 0, TimeSpan.Zero));
        driver.RunToEnd();

        Assert.Empty(driver.CurrentDelivery.OfType<ForcedDisconnectionStarted>());
        Assert.Empty(driver.CurrentDelivery.OfType<DirectoryAccessRevoked>());
        Assert.Equal(TimeSpan.FromMinutes(24 * 12), driver.Single<DeliveryFailed>().At - driver.Single<DeliveryRequested>().At);
    }
}
