using ActorDistribution.Distribution.Jobs;
using ActorDistribution.Distribution.PackageDirectories;
using ActorDistribution.Distribution.Packages;

namespace ActorDistribution.Distribution.Tests.Despooler;

/// <summary>
/// Issue 15 item 10: the retrying status never reads as impossible. The retry count is shown against y (forcing)
/// or the retry limit (not forcing) in words that cannot exceed it, with the next attempt time, the planned forced
/// copy time t0 + x(y+1) + z when forcing, and whether a failed copy left the directory partly updated.
/// </summary>
public sealed class RetryStatusTextSpec
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly IReadOnlyList<PackageFile> Files =
        [new("data/readme.txt", 9, new string('a', 64)), new("setup.exe", 8, new string('c', 64))];
    private static readonly OpenFile[] Alice = [new("alice", "setup.exe")];

    private PackageDirectoryState _state = PackageDirectoryState.Initial;

    private string After(PackageDirectoryCommand command)
    {
        var events = PackageDirectoryEscalation.Decide(_state, command);
        Assert.NotEmpty(events);
        _state = events.Aggregate(_state, PackageDirectoryEscalation.Evolve);
        return _state.Status.Display;
    }

    private static DateTimeOffset At(int minutes) => T0.AddMinutes(minutes);

    private void Forcing(int retries, int delayMinutes = 5) =>
        After(new Install(At(0), "2", Files, JobType.SharePackageOnServer, TargetSite.Forcing(retries: retries, delayMinutes: delayMinutes), PackageDirectoryDriver.Options));

    private string FailedCheckAt(int minutes)
    {
        After(new AttemptDue(At(minutes)));
        return After(new OpenFilesChecked(At(minutes), Alice));
    }

    [Fact]
    public void With_forcing_the_retry_count_is_shown_against_y_with_the_next_attempt_and_the_forced_copy_time()
    {
        Forcing(retries: 2);

        Assert.Equal("retrying (retry 1 of 2, next at 2026-01-01 02:00 UTC, forced copy at 2026-01-01 06:05 UTC)", FailedCheckAt(0));
        Assert.Equal("retrying (retry 2 of 2, next at 2026-01-01 04:00 UTC, forced copy at 2026-01-01 06:05 UTC)", FailedCheckAt(120));
        Assert.Equal("retrying (2 of 2 retries done, forcing at 2026-01-01 06:00 UTC, forced copy at 2026-01-01 06:05 UTC)", FailedCheckAt(240));
    }

    [Fact]
    public void With_forcing_and_no_retries_the_first_failure_says_the_next_attempt_forces()
    {
        Forcing(retries: 0, delayMinutes: 0);

        Assert.Equal("retrying (no retries before forcing, forcing at 2026-01-01 02:00 UTC, forced copy at 2026-01-01 02:00 UTC)", FailedCheckAt(0));
    }

    [Fact]
    public void The_article_timing_reads_retry_10_of_10_then_forcing_at_22_00_with_the_copy_at_22_05()
    {
        Forcing(retries: 10);
        for (var k = 0; k < 10; k++) FailedCheckAt(120 * k);
        Assert.Equal("retrying (retry 10 of 10, next at 2026-01-01 20:00 UTC, forced copy at 2026-01-01 22:05 UTC)", _state.Status.Display);

        Assert.Equal("retrying (10 of 10 retries done, forcing at 2026-01-01 22:00 UTC, forced copy at 2026-01-01 22:05 UTC)", FailedCheckAt(1200));
    }

    [Fact]
    public void Without_forcing_the_count_is_shown_against_the_retry_limit_and_never_exceeds_it()
    {
        var options = PackageDirectoryDriver.Options with { MaxRetries = 2 };
        After(new Install(At(0), "2", Files, JobType.SharePackageOnServer, TargetSite.NotForcing(), options));

        After(new AttemptDue(At(0)));
        Assert.Equal("retrying (retry 1 of 2, next at 2026-01-01 02:00 UTC)", After(new CopyFailed(At(0), "setup.exe is open")));
        After(new AttemptDue(At(120)));
        Assert.Equal("retrying (retry 2 of 2, next at 2026-01-01 04:00 UTC)", After(new CopyFailed(At(120), "setup.exe is open")));
        After(new AttemptDue(At(240)));
        Assert.Equal("failed (setup.exe is open)", After(new CopyFailed(At(240), "setup.exe is open")));
    }

    [Fact]
    public void A_copy_stopped_after_some_files_says_the_directory_is_partly_updated()
    {
        var options = PackageDirectoryDriver.Options with { MaxRetries = 1 };
        After(new Install(At(0), "2", Files, JobType.SharePackageOnServer, TargetSite.NotForcing(), options));

        After(new AttemptDue(At(0)));
        Assert.Equal("retrying (retry 1 of 1, next at 2026-01-01 02:00 UTC, partly updated: 1 of 2 files copied)",
            After(new CopyFailed(At(0), "sharing violation on setup.exe", "setup.exe", ["alice"], FilesCopied: 1)));
        After(new AttemptDue(At(120)));
        Assert.Equal("failed (sharing violation on setup.exe; partly updated: 1 of 2 files copied)",
            After(new CopyFailed(At(120), "sharing violation on setup.exe", "setup.exe", ["alice"], FilesCopied: 1)));
    }

    [Fact]
    public void Copy_failures_after_the_forcing_attempt_keep_the_count_within_y()
    {
        var options = PackageDirectoryDriver.Options with { MaxRetries = 4 };
        After(new Install(At(0), "2", Files, JobType.SharePackageOnServer, TargetSite.Forcing(retries: 1, delayMinutes: 5), options));
        After(new AttemptDue(At(0)));
        After(new OpenFilesChecked(At(0), []));
        Assert.Equal("retrying (retry 1 of 1, next at 2026-01-01 02:00 UTC, forced copy at 2026-01-01 04:05 UTC)", After(new CopyFailed(At(0), "disk full")));
        After(new AttemptDue(At(120)));
        After(new OpenFilesChecked(At(120), []));
        Assert.Equal("retrying (1 of 1 retries done, forcing at 2026-01-01 04:00 UTC, forced copy at 2026-01-01 04:05 UTC)", After(new CopyFailed(At(120), "disk full")));
        After(new AttemptDue(At(240)));
        After(new OpenFilesChecked(At(240), []));

        Assert.Equal("retrying (1 of 1 retries done, forcing at 2026-01-01 06:00 UTC, forced copy at 2026-01-01 06:05 UTC)", After(new CopyFailed(At(240), "disk full")));
    }
}
