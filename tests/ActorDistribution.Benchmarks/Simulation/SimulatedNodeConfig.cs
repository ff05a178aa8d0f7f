using ActorDistribution.Hocon;

namespace ActorDistribution.Benchmarks.Simulation;

/// <summary>The configuration of a benchmark's node: virtual clock, journal and shares under one data folder, no log output to time.</summary>
internal static class SimulatedNodeConfig
{
    public static Config In(string data, params string[] overrides) => ConfigFactory.Load(null, [
        "clock.mode=virtual",
        $"persistence.sqlite.path={Path.Combine(data, "journal.db")}",
        $"shares.root={Path.Combine(data, "shares")}",
        "logging.console.enabled=off",
        "logging.file.enabled=off",
        .. overrides,
    ]);
}
