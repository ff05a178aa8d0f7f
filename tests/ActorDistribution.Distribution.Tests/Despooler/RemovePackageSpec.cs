using ActorDistribution.Distribution.PackageDirectories;
using ActorDistribution.Shares;

namespace ActorDistribution.Distribution.Tests.Despooler;

public sealed class RemovePackageSpec
{
    private static readonly TimeSpan Fast = TimeSpan.FromMinutes(120);

    private static PackageDirectoryDriver Installed()
    {
        var driver = new PackageDirectoryDriver();
        driver.AddVersion("1", ("setup.exe", "setup v1"), ("bin/app.dll", "app v1"));
        driver.Install("1", TargetSite.Forcing());
        driver.RunToEnd();
        return driver;
    }

    [Fact]
    public void Removal_deletes_the_package_directory()
    {
        var driver = Installed();

        driver.Remove(TargetSite.Forcing());
        driver.RunToEnd();

        Assert.Empty(driver.Host.ListDirectory(driver.Share, "").Value);
        Assert.Equal("removed", driver.State.Status.Display);
        Assert.Null(driver.State.InstalledVersion);
    }

    [Fact]
    public void Removal_retries_locked_files_every_x_and_never_forces_even_when_the_site_forces()
    {
        var driver = Installed();
        var (_, handle) = driver.HoldOpen("alice", "setup.exe");
        driver.Remove(TargetSite.Forcing(retries: 0, delayMinutes: 0));
        var t0 = driver.Now;

        driver.RunUntil(t0 + Fast * 3 + TimeSpan.FromMinutes(1));
        Assert.Equal("retrying (retry 4 of 12, next at 2026-01-01 08:00 UTC)", driver.State.Status.Display);
        driver.Host.CloseHandle(handle);
        driver.RunToEnd();

        Assert.Equal([t0, t0 + Fast, t0 + Fast * 2, t0 + Fast * 3], driver.CurrentDelivery.OfType<AttemptFailed>().Select(failed => failed.At));
        Assert.Equal(t0 + Fast * 4, driver.Single<PackageDirectoryRemoved>().At);
        Assert.Empty(driver.CurrentDelivery.OfType<ForcedDisconnectionStarted>());
        Assert.Empty(driver.CurrentDelivery.OfType<DirectoryAccessRevoked>());
        Assert.Empty(driver.MessagesOf("alice"));
        Assert.Equal(AccessState.Open, driver.Host.GetAccessState(driver.Share).Value);
    }

    [Fact]
    public void Removal_that_stays_locked_past_max_retries_fails()
    {
        var driver = Installed();
        driver.HoldOpen("alice", "setup.exe");

        driver.Remove(TargetSite.NotForcing());
        driver.RunToEnd();

        Assert.Equal(PackageDirectoryPhase.Failed, driver.State.Phase);
        Assert.Contains("setup.exe", driver.State.Status.Display, StringComparison.Ordinal);
    }
}
