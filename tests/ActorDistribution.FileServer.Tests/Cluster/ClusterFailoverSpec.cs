using ActorDistribution.Benchmarks.Cluster;

namespace ActorDistribution.FileServer.Tests.Cluster;

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ClusterCollection
{
    /// <summary>Cluster specs start node processes on the wall clock: one at a time, and apart from the rest.</summary>
    public const string Name = "cluster";
}

/// <summary>
/// Three adnode processes on 127.0.0.1 over a throwaway PostgreSQL and an adfileserver: the member running most package
/// directories is killed (kill -9), stopped (SIGTERM) or frozen (SIGSTOP, a partition) while they escalate, and the
/// survivors finish every forced delivery on time, each user warned and told once, nothing left revoked, the journal clean.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class ClusterFailoverSpec
{
    // x = 100 ms x 10 = 1 s, y = 3, z = 4 s: forced at 8 s, so a run takes well under a minute.
    private static readonly FailoverScenario Scenario = Compressed(4, 5, MemberLoss.Kill);

    private static FailoverScenario Compressed(int servers, int packages, MemberLoss loss) => new()
    {
        Servers = servers, Packages = packages, Loss = loss, Polling = TimeSpan.FromMilliseconds(100), Retries = 3, Delay = TimeSpan.FromSeconds(4),
    };

    [Fact]
    public void The_compressed_escalation_forces_delivery_at_x_times_y_plus_one_plus_z()
    {
        Assert.Equal(TimeSpan.FromSeconds(1), Scenario.RetryInterval);  // 100 ms polling x factor 10
        Assert.Equal(TimeSpan.FromSeconds(1 * (3 + 1) + 4), Scenario.ForcedAfter);
    }

    [Fact]
    public async Task Killing_the_member_with_most_directories_loses_no_delivery_and_warns_each_user_once()
    {
        var result = await RunAsync(Scenario);
        AssertEveryDeliveryKeptItsTiming(result);
    }

    [Fact]
    public async Task A_member_that_leaves_on_SIGTERM_hands_its_directories_off_without_losing_their_timing()
    {
        var result = await RunAsync(Compressed(2, 5, MemberLoss.Terminate));
        AssertEveryDeliveryKeptItsTiming(result);
    }

    [Fact]
    public async Task A_partitioned_member_is_downed_by_the_majority_and_stops_itself_without_a_second_writer()
    {
        // SIGSTOP: the member's remoting falls silent; the majority downs it and runs its entities; SIGCONT: it must stop.
        var result = await RunAsync(Compressed(2, 5, MemberLoss.Pause));
        AssertEveryDeliveryKeptItsTiming(result);
    }

    private static async Task<FailoverResult> RunAsync(FailoverScenario scenario)
    {
        var log = new StringWriter();
        await using var rig = await ClusterRig.StartAsync(3, scenario.Settings);
        rig.KeepFolder = true;  // the node logs stay for a failed run
        try
        {
            var result = await scenario.RunAsync(rig, log);
            rig.KeepFolder = false;
            return result with { Log = log.ToString() };
        }
        catch (TimeoutException problem)
        {
            throw new TimeoutException($"{problem.Message}\n{log}\nnode logs: {rig.Folder}", problem);
        }
    }

    private static void AssertEveryDeliveryKeptItsTiming(FailoverResult result)
    {
        var log = result.Log;

        Assert.True(result.Moved > 0, $"the killed member ran no package directory\n{log}");
        Assert.True(result.Completed == result.Expected, $"{result.Completed} of {result.Expected} directories hold version 2\n{log}");
        Assert.True(result.OffTime.Count == 0, $"delivered off x(y+1)+z (+ the {result.Failover.TotalSeconds:0.0} s failover): {string.Join("; ", result.OffTime)}\n{log}");
        Assert.Equal(0, result.DuplicateWarnings);
        Assert.Equal(0, result.LeftRevoked);
        Assert.Equal(0, result.DuplicateSequenceNumbers);
        Assert.True(result.VerifyViolations == 0, string.Join("\n", result.Violations));
        Assert.True(result.CapListed, $"cap list on a survivor lost CAP_DAN\n{log}");
    }
}
