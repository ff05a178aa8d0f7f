using ActorDistribution.Testing;
using static ActorDistribution.Shell.Tests.ShellRun;

namespace ActorDistribution.Shell.Tests;

/// <summary>Issue 15: <c>job retry</c> retries only a finished job with failed targets; otherwise it says why not.</summary>
public sealed class JobRetrySpec : SimulatedShellSpec
{
    [Fact]
    public void Retrying_a_completed_job_is_refused_with_the_reason()
    {
        var (code, _, error) = Script($"""
            site add CH2
            server add NTSRV1 --site CH2
            package add OFFICE97 --source {Source}
            job create share-package-on-server --package OFFICE97 --target CH2
            clock advance 1h
            job retry 1
            """);
        Assert.NotEqual(0, code);
        Assert.Contains("job 1 is completed: only a finished job with failed targets is retried", error);
    }
}
