using ActorDistribution.Benchmarks.Cluster;
using ActorDistribution.Benchmarks.Persistence;
using ActorDistribution.Benchmarks.Scale;
using ActorDistribution.Benchmarks.Shares;
using ActorDistribution.Benchmarks.Simulation;

// Usage: <persistence|simulation|shares|scale|cluster|all> [--quick] [--only sqlite|postgres] [--part group|single|recover] [--set <akka hocon path>=<value>]...
// Figures print as name=value lines; --set puts a setting over the journal configuration (to try plugin settings).
var suite = args.FirstOrDefault() ?? "all";
var quick = args.Contains("--quick");
var onlyAt = Array.IndexOf(args, "--only");
var only = onlyAt >= 0 && onlyAt + 1 < args.Length ? args[onlyAt + 1] : null;
var partAt = Array.IndexOf(args, "--part");
var part = partAt >= 0 && partAt + 1 < args.Length ? args[partAt + 1] : null;
var overrides = args.Select((a, i) => (a, i)).Where(x => x.a == "--set" && x.i + 1 < args.Length).Select(x => args[x.i + 1]).ToList();

switch (suite)
{
    case "persistence":
        PersistenceBenchmarks.Run(quick, Console.Out, overrides, only, part);
        return 0;
    case "simulation":
        SimulationBenchmarks.Run(quick, Console.Out);
        return 0;
    case "shares":
        ShareBenchmarks.Run(quick, Console.Out);
        return 0;
    case "scale":
        ScaleBenchmarks.Run(quick, Console.Out);
        return 0;
    case "cluster":
        await ClusterBenchmarks.RunAsync(quick, Console.Out);
        return 0;
    case "all":
        PersistenceBenchmarks.Run(quick, Console.Out, overrides, only);
        SimulationBenchmarks.Run(quick, Console.Out);
        ShareBenchmarks.Run(quick, Console.Out);
        return 0;
    default:
        Console.Error.WriteLine($"Unknown suite '{suite}'. Expected one of: persistence, simulation, shares, scale, cluster, all. Add --quick for a short run.");
        return 1;
}
