using ActorDistribution.Testing;
using static ActorDistribution.Shell.Tests.ShellRun;

namespace ActorDistribution.Shell.Tests;

/// <summary>Issue 15: <c>job cancel</c> stops a job that has not finished from reaching targets not yet started; it reads cancelled.</summary>
public sealed class JobCancelSpec : SimulatedShellSpec
{
    [Fact]
    public void A_job_waiting_at_a_paused_despooler_is_cancelled_and_never_dispatched()
    {
        var (code, output, error) = Script($"""
            site add CH2
            server add NTSRV1 --site CH2
            package add OFFICE97 --source {Source}
            component pause despooler --site CH2
            job create share-package-on-server --package OFFICE97 --target CH2
            job cancel 1
            component continue despooler --site CH2
            clock advance 1h
            job show 1
            status OFFICE97
            job list
            """);
        Assert.Equal((0, ""), (code, error));
        var shown = output[output.LastIndexOf("> job show 1", StringComparison.Ordinal)..];
        Assert.Contains("job 1: share-package-on-server of OFFICE97 version 1: cancelled", shown);
        Assert.Matches(@"CH2\s+│\s+NTSRV1\s+│\s+cancelled", shown);
        Assert.Matches(@"NTSRV1\s+│\s+CH2\s+│\s+none", shown);  // status: the package never went to the server
        Assert.Matches(@"1\s+│\s+share-package-on-server\s+│\s+OFFICE97\s+│\s+1\s+│\s+CH2\s+│\s+cancelled", shown);
    }

    [Fact]
    public void A_cancelled_job_stays_cancelled_after_a_restart()
    {
        Assert.Equal(0, Script($"""
            site add CH2
            server add NTSRV1 --site CH2
            package add OFFICE97 --source {Source}
            component pause despooler --site CH2
            job create share-package-on-server --package OFFICE97 --target CH2
            job cancel 1
            """).Code);

        var (code, output, error) = Script("""
            component continue despooler --site CH2
            clock advance 1h
            job show 1
            status OFFICE97
            """);

        Assert.Equal((0, ""), (code, error));
        Assert.Contains("job 1: share-package-on-server of OFFICE97 version 1: cancelled", output);
        Assert.Matches(@"NTSRV1\s+│\s+CH2\s+│\s+none", output);
    }

    [Fact]
    public void A_finished_job_cannot_be_cancelled()
    {
        var (code, _, error) = Script($"""
            site add CH2
            server add NTSRV1 --site CH2
            package add OFFICE97 --source {Source}
            job create share-package-on-server --package OFFICE97 --target CH2
            job cancel 1
            """);
        Assert.Equal(1, code);
        Assert.Contains("error: job cancel: job 1 is finished", error);
    }

    [Fact]
    public void Cancelling_twice_or_an_unknown_job_is_refused()
    {
        var (code, _, error) = Script($"""
            site add CH2
            server add NTSRV1 --site CH2
            package add OFFICE97 --source {Source}
            component pause despooler --site CH2
            job create share-package-on-server --package OFFICE97 --target CH2
            job cancel 1
            job cancel 1
            """);
        Assert.Equal(1, code);
        Assert.Contains("error: job cancel: job 1 is already cancelled", error);

        var (unknown, _, unknownError) = Run("--simulate", "--data", Data.Path, "--", "job", "cancel", "7");
        Assert.Equal(1, unknown);
        Assert.Contains("error: job cancel: unknown job '7'", unknownError);
    }
}
