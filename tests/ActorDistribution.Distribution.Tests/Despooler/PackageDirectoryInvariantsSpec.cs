using ActorDistribution.Distribution.Jobs;
using ActorDistribution.Distribution.PackageDirectories;

namespace ActorDistribution.Distribution.Tests.Despooler;

public sealed class PackageDirectoryInvariantsSpec
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DeliveryPlan Plan = DeliveryPlan.ForJob(JobType.SharePackageOnServer, TargetSite.Forcing(retries: 1, delayMinutes: 5), PackageDirectoryDriver.Options);

    private static DateTimeOffset At(int minutes) => T0.AddMinutes(minutes);

    /// <summary>A forced delivery with y = 1, z = 5: attempts at 0 and 120 fail, attempt 2 at 240 forces, copy at 245.</summary>
    private static List<PackageDirectoryEvent> ForcedJournal(int warnAt = 240, int disconnectAt = 245, int copyAt = 245, bool restore = true, string disconnected = "alice") =>
    [
        new DeliveryRequested(At(0), "2", [], JobType.SharePackageOnServer, Plan),
        new AttemptStarted(At(0), 0),
        new AttemptFailed(At(0), 0, "open", "setup.exe", ["alice"], At(0), At(120)),
        new AttemptStarted(At(120), 1),
        new AttemptFailed(At(120), 1, "open", "setup.exe", ["alice"], At(0), At(240)),
        new AttemptStarted(At(240), 2),
        new ForcedDisconnectionStarted(At(240), 2, [new OpenFile("alice", "setup.exe")]),
        new DirectoryAccessRevoked(At(240)),
        new DisconnectionWarningSent(At(warnAt), ["alice"], At(warnAt + 5)),
        new DisconnectionDelayElapsed(At(disconnectAt)),
        new UsersDisconnected(At(disconnectAt), [disconnected]),
        new PackageFilesCopied(At(copyAt), "2"),
        .. restore ? new PackageDirectoryEvent[] { new DirectoryAccessRestored(At(copyAt)) } : [],
        new ReadyNoticeSent(At(copyAt), ["alice"]),
        new DeliveryCompleted(At(copyAt), "2"),
    ];

    [Fact]
    public void A_forced_delivery_run_by_the_core_breaks_no_rule()
    {
        var driver = new PackageDirectoryDriver();
        driver.AddVersion("1", ("setup.exe", "v1"));
        driver.Seed("setup.exe", "v0");
        driver.HoldOpen("alice", "setup.exe");
        driver.Install("1", TargetSite.Forcing(retries: 3, delayMinutes: 5));
        driver.RunToEnd();

        Assert.Empty(PackageDirectoryInvariants.Check(driver.Events));
    }

    [Fact]
    public void A_well_timed_journal_breaks_no_rule() => Assert.Empty(PackageDirectoryInvariants.Check(ForcedJournal()));

    [Fact]
    public void A_delivery_that_ends_with_access_revoked_is_reported()
    {
        var violation = Assert.Single(PackageDirectoryInvariants.Check(ForcedJournal(restore: false)));

        Assert.Equal(InvariantViolation.AccessLeftRevoked, violation.Rule);
        Assert.IsType<DeliveryCompleted>(violation.Event);
    }

    [Fact]
    public void A_disconnection_less_than_z_after_the_warning_is_reported()
    {
        var violations = PackageDirectoryInvariants.Check(ForcedJournal(disconnectAt: 243, copyAt: 246));

        Assert.Equal(InvariantViolation.DisconnectWithoutWarning, Assert.Single(violations).Rule);
    }

    [Fact]
    public void Disconnecting_a_user_who_was_not_warned_is_reported()
    {
        var violation = Assert.Single(PackageDirectoryInvariants.Check(ForcedJournal(disconnected: "mallory")));

        Assert.Contains("mallory", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_forced_copy_before_x_times_y_plus_1_plus_z_is_reported()
    {
        var violations = PackageDirectoryInvariants.Check(ForcedJournal(warnAt: 230, disconnectAt: 235, copyAt: 235));

        Assert.Equal(InvariantViolation.ForcedTooEarly, Assert.Single(violations).Rule);
    }
}
