using ActorDistribution.Benchmarks.Kernel;
using ActorDistribution.Benchmarks.Persistence;
using BenchmarkDotNet.Running;

// Usage: <kernel|persistence|all> [--quick] [--only pingpong|fanout|memory|spawn]   figures as name=value lines
//        bdn [BenchmarkDotNet arguments]       the full BenchmarkDotNet run
var suite = args.FirstOrDefault() ?? "all";
var quick = args.Contains("--quick");
var onlyAt = Array.IndexOf(args, "--only");
var only = onlyAt >= 0 && onlyAt + 1 < args.Length ? args[onlyAt + 1] : null;

switch (suite)
{
    case "kernel":
        KernelBenchmarks.Run(quick, Console.Out, only);
        return 0;
    case "persistence":
        PersistenceBenchmarks.Run(quick, Console.Out);
        return 0;
    case "all":
        KernelBenchmarks.Run(quick, Console.Out);
        PersistenceBenchmarks.Run(quick, Console.Out);
        return 0;
    case "bdn":
        BenchmarkSwitcher.FromAssembly(typeof(KernelBenchmarks).Assembly).Run(args[1..]);
        return 0;
    default:
        Console.Error.WriteLine($"Unknown suite '{suite}'. Expected one of: kernel, persistence, all, bdn. Add --quick for a short run.");
        return 1;
}
