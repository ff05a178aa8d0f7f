using System.Diagnostics;
using System.Globalization;

namespace ActorDistribution.Benchmarks.Cluster;

/// <summary>
/// cluster [--quick]: three adnode processes on 127.0.0.1 over a throwaway PostgreSQL and an adfileserver. Commands/s
/// through one node's HTTP API; kill-a-node with 100 escalating package directories, 3 times (each on a fresh cluster);
/// memory per node. Figures as name=value lines, the timeline of each run as # lines.
/// </summary>
public static class ClusterBenchmarks
{
    public static async Task RunAsync(bool quick, TextWriter output)
    {
        var runs = 3;
        var scenario = new FailoverScenario();
        var results = new List<FailoverResult>();
        double commandsPerSecond = 0;
        long memory = 0;
        for (var run = 1; run <= runs; run++)
        {
            output.WriteLine($"# run {run} of {runs}");
            await using var rig = await ClusterRig.StartAsync(3, scenario.Settings, Console.Error);
            try
            {
                var result = await scenario.RunAsync(rig, output);
                results.Add(result);
                output.WriteLine($"# run {run}: failover {result.Failover.TotalSeconds:0.0} s, {result.Completed}/{result.Expected} delivered"
                                 + (result.OffTime.Count > 0 ? $", off time: {string.Join("; ", result.OffTime.Take(3))}" : "")
                                 + (result.Violations.Count > 0 ? $", violations: {string.Join("; ", result.Violations)}" : ""));
                if (run == 1)
                {
                    commandsPerSecond = await CommandsPerSecondAsync(rig, quick ? 200 : 1000);
                    memory = rig.Nodes.Where(n => n.IsRunning).Select(n => n.WorkingSetBytes()).DefaultIfEmpty(0).Max();
                }
            }
            catch (Exception problem) when (problem is TimeoutException or InvalidOperationException)
            {
                rig.KeepFolder = true;
                output.WriteLine($"# run {run} failed: {problem.Message} (logs in {rig.Folder})");
                results.Add(new FailoverResult(TimeSpan.FromSeconds(999), 0, 0, scenario.Directories, 0, 0, 0, 0, [], []));
            }
        }

        var failovers = results.Select(r => r.Failover.TotalSeconds).Order().ToList();
        string F(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);
        output.WriteLine($"cluster.commands_per_s={F(commandsPerSecond)}");
        output.WriteLine($"cluster.failover.min_s={F(failovers[0])}");
        output.WriteLine($"cluster.failover.median_s={F(failovers[failovers.Count / 2])}");
        output.WriteLine($"cluster.failover.max_s={F(failovers[^1])}");
        output.WriteLine($"cluster.deliveries.completed={results.Sum(r => r.Completed)}");
        output.WriteLine($"cluster.deliveries.expected={results.Sum(r => r.Expected)}");
        output.WriteLine($"cluster.deliveries.off_time={results.Sum(r => r.OffTime.Count)}");
        output.WriteLine($"cluster.duplicate_warnings={results.Sum(r => r.DuplicateWarnings)}");
        output.WriteLine($"cluster.left_revoked={results.Sum(r => r.LeftRevoked)}");
        output.WriteLine($"cluster.duplicate_sequence_numbers={results.Sum(r => r.DuplicateSequenceNumbers)}");
        output.WriteLine($"cluster.verify_violations={results.Sum(r => r.VerifyViolations)}");
        output.WriteLine($"cluster.node_memory_mb={memory / (1024 * 1024)}");
    }

    /// <summary>Read commands (site show) through one surviving node's HTTP API, one after the other.</summary>
    private static async Task<double> CommandsPerSecondAsync(ClusterRig rig, int count)
    {
        var node = rig.Live();
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < count; i++) await rig.DoAsync(node, "site show CH2");
        return count / watch.Elapsed.TotalSeconds;
    }
}
