using ActorDistribution.Distribution.Jobs;
using ActorDistribution.Distribution.PackageDirectories;
using ActorDistribution.Distribution.Packages;

namespace ActorDistribution.Distribution.Tests.Despooler;

public sealed class InstallStatusSpec
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly IReadOnlyList<PackageFile> Files = [new("setup.exe", 8, new string('c', 64))];

    private PackageDirectoryState _state = PackageDirectoryState.Initial;

    private string After(PackageDirectoryCommand command)
    {
        var events = PackageDirectoryEscalation.Decide(_state, command);
        Assert.NotEmpty(events);
        _state = events.Aggregate(_state, PackageDirectoryEscalation.Evolve);
        return _state.Status.Display;
    }

    private static DateTimeOffset At(int minutes) => T0.AddMinutes(minutes);

    [Fact]
    public void Status_follows_every_step_of_a_forced_delivery()
    {
        var alice = new[] { new OpenFile("alice", "setup.exe") };
        Assert.Equal("pending", _state.Status.Display);

        Assert.Equal("pending", After(new Install(At(0), "2", Files, JobType.SharePackageOnServer, TargetSite.Forcing(retries: 1), PackageDirectoryDriver.Options)));
        Assert.Equal("installing", After(new AttemptDue(At(0))));
        Assert.Equal("retrying (retry 1 of 1, next at 2026-01-01 02:00 UTC, forced copy at 2026-01-01 04:05 UTC)", After(new OpenFilesChecked(At(0), alice)));
        Assert.Equal("installing", After(new AttemptDue(At(120))));
        Assert.Equal("retrying (1 of 1 retries done, forcing at 2026-01-01 04:00 UTC, forced copy at 2026-01-01 04:05 UTC)", After(new OpenFilesChecked(At(120), alice)));
        Assert.Equal("installing", After(new AttemptDue(At(240))));
        Assert.Equal("installing", After(new OpenFilesChecked(At(240), alice)));
        Assert.Equal("access-revoked", After(new AccessRevoked(At(240))));
        Assert.Equal("warning-sent (closes at 2026-01-01 04:05 UTC)", After(new UsersWarned(At(240), ["alice"])));
        Assert.Equal("force-disconnecting", After(new ForceCloseDue(At(245))));
        Assert.Equal("copying", After(new UsersForceClosed(At(245), ["alice"])));
        Assert.Equal("access-revoked", After(new CopyCompleted(At(245), "2", Files)));
        Assert.Equal("installing", After(new AccessRestored(At(245))));
        Assert.Equal("installed (2)", After(new UsersNotified(At(245), ["alice"])));
    }

    [Fact]
    public void Status_of_a_delivery_without_forcing_copies_then_fails_with_its_reason()
    {
        var options = PackageDirectoryDriver.Options with { MaxRetries = 1 };
        After(new Install(At(0), "2", Files, JobType.SharePackageOnServer, TargetSite.NotForcing(), options));

        Assert.Equal("copying", After(new AttemptDue(At(0))));
        Assert.Equal("retrying (retry 1 of 1, next at 2026-01-01 02:00 UTC)", After(new CopyFailed(At(0), "disk full", FilesCopied: 0)));
        Assert.Equal("copying", After(new AttemptDue(At(120))));
        Assert.Equal("failed (disk full)", After(new CopyFailed(At(120), "disk full")));
    }

    [Fact]
    public void Status_of_a_removal_is_removing_then_removed()
    {
        After(new Remove(At(0), TargetSite.Forcing(), PackageDirectoryDriver.Options));

        Assert.Equal("removing", After(new AttemptDue(At(0))));
        Assert.Equal("removed", After(new DirectoryDeleted(At(0))));
    }

    [Fact]
    public void An_install_while_files_are_being_copied_waits_and_starts_when_the_copy_ends()
    {
        After(new Install(At(0), "2", Files, JobType.SharePackageOnServer, TargetSite.NotForcing(), PackageDirectoryDriver.Options));
        After(new AttemptDue(At(0)));

        Assert.Equal("copying", After(new Install(At(1), "3", Files, JobType.SharePackageOnServer, TargetSite.NotForcing(), PackageDirectoryDriver.Options)));
        var events = PackageDirectoryEscalation.Decide(_state, new CopyCompleted(At(2), "2", Files));

        Assert.Equal([typeof(PackageFilesCopied), typeof(DeliveryCompleted), typeof(DeliveryRequested)], events.Select(e => e.GetType()));
        Assert.Equal("3", Assert.IsType<DeliveryRequested>(events[^1]).Version);
    }
}
