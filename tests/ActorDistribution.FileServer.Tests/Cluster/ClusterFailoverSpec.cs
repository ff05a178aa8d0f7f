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
/// directories is killed (kill -9) while they escalate, and the survivors finish every forced delivery on time.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class ClusterFailoverSpec
{
    private static readonly FailoverScenario Scenario = new() { Servers = 4, Packages = 5 };

    [Fact]
    public void The_compressed_escalation_forces_delivery_at_x_times_y_plus_one_plus_z()
    {
        Assert.Equal(TimeSpan.FromSeconds(2), Scenario.RetryInterval);  // 200 ms polling x factor 10
        Assert.Equal(TimeSpan.FromSeconds(2 * (3 + 1) + 6), Scenario.ForcedAfter);
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
        var result = await RunAsync(new FailoverScenario { Servers = 2, Packages = 5, Graceful = true });
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
    }
}
